using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Catalog;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products");
        builder.Property(p => p.Name).HasMaxLength(Lengths.Name);
        builder.Property(p => p.Key).HasMaxLength(Lengths.Name);
        builder.HasIndex(p => p.Key).IsUnique();
        builder.HasMany(p => p.Variants).WithOne(v => v.Product).HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProductVariantConfiguration : IEntityTypeConfiguration<ProductVariant>
{
    public void Configure(EntityTypeBuilder<ProductVariant> builder)
    {
        builder.ToTable("product_variants");
        builder.Property(v => v.Color).HasMaxLength(Lengths.Short);
        builder.Property(v => v.Size).HasMaxLength(Lengths.Short);
        builder.HasIndex(v => new { v.ProductId, v.Color, v.Size });
        builder.Property(v => v.Sku).HasMaxLength(Lengths.Sku);
        builder.HasIndex(v => v.Sku).IsUnique();
    }
}
