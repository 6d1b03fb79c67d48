using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.StockAlerts;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class StockAlertConfiguration : IEntityTypeConfiguration<StockAlert>
{
    public void Configure(EntityTypeBuilder<StockAlert> builder)
    {
        builder.ToTable("stock_alerts");
        builder.Property(a => a.ProductKey).HasMaxLength(Lengths.Name);
        builder.Property(a => a.ProductName).HasMaxLength(Lengths.Name);
        builder.Property(a => a.Color).HasMaxLength(Lengths.Short);
        builder.Property(a => a.Size).HasMaxLength(Lengths.Short);
        builder.HasIndex(a => new { a.ProductKey, a.Status });
        builder.HasIndex(a => new { a.CustomerId, a.Status });
        builder.HasOne(a => a.Customer).WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
