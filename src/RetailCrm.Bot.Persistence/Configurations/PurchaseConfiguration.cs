using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Sales;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class PurchaseConfiguration : IEntityTypeConfiguration<Purchase>
{
    public void Configure(EntityTypeBuilder<Purchase> builder)
    {
        builder.ToTable("purchases");
        builder.Property(p => p.Items).HasMaxLength(Lengths.Text);
        builder.Property(p => p.ProductKey).HasMaxLength(Lengths.Name);
        builder.HasIndex(p => p.PurchasedAt);
        builder.HasIndex(p => new { p.CustomerId, p.PurchasedAt });
        builder.HasOne(p => p.Customer).WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
