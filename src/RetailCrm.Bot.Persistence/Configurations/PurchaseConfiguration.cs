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
        builder.Property(p => p.ExternalId).HasMaxLength(Lengths.Key);
        builder.HasIndex(p => p.ExternalId).IsUnique(); // an order replayed by the store's system is stored once
        builder.HasMany(p => p.Lines).WithOne(l => l.Purchase).HasForeignKey(l => l.PurchaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PurchaseLineConfiguration : IEntityTypeConfiguration<PurchaseLine>
{
    public void Configure(EntityTypeBuilder<PurchaseLine> builder)
    {
        builder.ToTable("purchase_lines");
        builder.Property(l => l.Sku).HasMaxLength(Lengths.Sku);
        builder.HasIndex(l => l.PurchaseId);
        builder.HasOne<Core.Catalog.ProductVariant>().WithMany().HasForeignKey(l => l.ProductVariantId).OnDelete(DeleteBehavior.SetNull);
    }
}
