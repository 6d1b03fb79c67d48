using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Catalog;

/// <summary>What the store has: finding an item however it is written, and stock coming in or going out.</summary>
public sealed class CatalogService(ICrmDbContext db, StoreClock clock)
{
    /// <summary>The product for the words someone used: exact key first, then a typo or a longer description.</summary>
    public async Task<Product?> FindAsync(string productText, string? color, string? size, CancellationToken ct)
    {
        var key = ProductKeys.Key(productText, color, size);
        var exact = await db.Products.Include(p => p.Variants).SingleOrDefaultAsync(p => p.Key == key, ct);
        if (exact is not null)
        {
            return exact;
        }

        // A small store has hundreds of products, not millions: matching in memory is fine and forgiving.
        var keys = await db.Products.Select(p => new { p.Id, p.Key }).ToListAsync(ct);
        var match = keys.FirstOrDefault(p => ProductKeys.IsCloseTo(p.Key, key))
                    ?? keys.Where(p => ContainsWords(key, p.Key) || ContainsWords(p.Key, key)).OrderByDescending(p => p.Key.Length).FirstOrDefault();
        return match is null ? null : await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == match.Id, ct);
    }

    public async Task<Availability> CheckAsync(string productText, string? color, string? size, CancellationToken ct)
    {
        color = ProductKeys.NormalizeColor(color) ?? ProductKeys.ColorIn(productText);
        size = ProductKeys.NormalizeSize(size);
        var product = await FindAsync(productText, color, size, ct);
        if (product is null)
        {
            return new Availability(null, ProductKeys.Key(productText, color, size), color, size, 0, [])
            {
                UnknownName = ProductKeys.Name(productText, color, size),
            };
        }

        var matching = product.Variants.Where(v => Matches(v, color, size)).ToList();
        var inStock = matching.Sum(v => v.StockQuantity);
        var alternatives = product.Variants.Where(v => v.StockQuantity > 0 && !matching.Contains(v)).ToList();
        return new Availability(product, product.Key, color, size, inStock, alternatives)
        {
            Price = matching.Select(v => v.Price).FirstOrDefault(p => p is not null) ?? product.Price,
        };
    }

    /// <summary>Stock arrived: adds to the variant, creating the product and variant the first time.</summary>
    public async Task<(Product Product, ProductVariant Variant)> ReceiveAsync(
        string productText, string? color, string? size, int quantity, decimal? price, CancellationToken ct)
    {
        color = ProductKeys.NormalizeColor(color) ?? ProductKeys.ColorIn(productText);
        size = ProductKeys.NormalizeSize(size);
        var product = await FindAsync(productText, color, size, ct);
        if (product is null)
        {
            var key = ProductKeys.Key(productText, color, size);
            product = new Product { Key = key, Name = ProductKeys.Name(productText, color, size), CreatedAt = clock.UtcNow, Price = price };
            db.Products.Add(product);
        }

        var variant = product.Variants.FirstOrDefault(v => v.Color == color && v.Size == size);
        if (variant is null)
        {
            variant = new ProductVariant { Color = color, Size = size, Product = product };
            product.Variants.Add(variant);
        }

        variant.StockQuantity += quantity;
        variant.Price = price ?? variant.Price;
        variant.UpdatedAt = clock.UtcNow;
        return (product, variant);
    }

    /// <summary>A sale takes stock off the shelf, never below zero (staff may sell what was never entered).</summary>
    public async Task<Product?> TakeAsync(string productText, string? color, string? size, int quantity, CancellationToken ct)
    {
        color = ProductKeys.NormalizeColor(color) ?? ProductKeys.ColorIn(productText);
        size = ProductKeys.NormalizeSize(size);
        var product = await FindAsync(productText, color, size, ct);
        var variant = product?.Variants.Where(v => Matches(v, color, size) && v.StockQuantity > 0).OrderByDescending(v => v.StockQuantity).FirstOrDefault();
        if (variant is not null)
        {
            variant.StockQuantity = Math.Max(0, variant.StockQuantity - quantity);
            variant.UpdatedAt = clock.UtcNow;
        }

        return product;
    }

    private static bool Matches(ProductVariant variant, string? color, string? size) =>
        (color is null || variant.Color == color) && (size is null || variant.Size == size);

    private static bool ContainsWords(string text, string words) =>
        $" {text} ".Contains($" {words} ", StringComparison.Ordinal);
}

/// <summary>The answer to "do you have it?": how many match, and what else is on the shelf.</summary>
public sealed record Availability(
    Product? Product,
    string Key,
    string? Color,
    string? Size,
    int InStock,
    IReadOnlyList<ProductVariant> Alternatives)
{
    public decimal? Price { get; init; }

    /// <summary>How the shopper named an item the catalog does not have.</summary>
    public string? UnknownName { get; init; }

    public string Name => Product?.Name ?? UnknownName ?? ProductKeys.DisplayName(Key);
}
