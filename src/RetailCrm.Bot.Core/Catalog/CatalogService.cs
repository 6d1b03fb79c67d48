using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Catalog;

/// <summary>What the store has: finding an item however it is written, and stock coming in or going out.</summary>
public sealed class CatalogService(ICrmDbContext db, ProductMatcher matcher, StoreClock clock)
{
    // The exact-key lookup is every stock question's query: compiled, and untracked for answers that only read.
    private static readonly PerModel<Func<DbContext, string, CancellationToken, Task<Product?>>> ByKeyToRead = new(() =>
        EF.CompileAsyncQuery((DbContext db, string key, CancellationToken ct) =>
            db.Set<Product>().AsNoTracking().Include(p => p.Variants).SingleOrDefault(p => p.Key == key)));

    private static readonly PerModel<Func<DbContext, string, CancellationToken, Task<Product?>>> ByKeyToChange = new(() =>
        EF.CompileAsyncQuery((DbContext db, string key, CancellationToken ct) =>
            db.Set<Product>().Include(p => p.Variants).SingleOrDefault(p => p.Key == key)));

    /// <summary>
    /// The product for the words someone used: the exact key first, then the catalog searched the forgiving way
    /// (<see cref="ProductMatcher"/>). Two equally good products come back as choices, not as a guess. Read only:
    /// the product is not tracked (stock changes go through <see cref="ReceiveAsync"/> and <see cref="TakeAsync"/>).
    /// </summary>
    public Task<ProductLookup> FindAsync(string productText, string? color, string? size, CancellationToken ct) =>
        FindAsync(productText, color, size, toChange: false, ct);

    private async Task<ProductLookup> FindAsync(string productText, string? color, string? size, bool toChange, CancellationToken ct)
    {
        var key = ProductKeys.Key(productText, color, size);
        var context = db.AsDbContext();
        var exact = await (toChange ? ByKeyToChange : ByKeyToRead).For(context)(context, key, ct);
        if (exact is not null)
        {
            return new ProductLookup(exact, []);
        }

        // A small store has hundreds of products, not millions: matching in memory is fine and forgiving.
        var keys = await db.Products.AsNoTracking().Select(p => new { p.Id, p.Key, p.Name }).ToListAsync(ct);
        var matches = matcher.Match(key, keys, p => p.Key);
        if (matches.Count > 1)
        {
            return new ProductLookup(null, matches.Select(m => m.Name).Order(StringComparer.Ordinal).Take(4).ToList());
        }

        if (matches.Count == 0)
        {
            return new ProductLookup(null, []);
        }

        var products = toChange ? db.Products : db.Products.AsNoTracking();
        return new ProductLookup(await products.Include(p => p.Variants).SingleAsync(p => p.Id == matches[0].Id, ct), []);
    }

    public async Task<Availability> CheckAsync(string productText, string? color, string? size, CancellationToken ct)
    {
        color = ProductKeys.NormalizeColor(color) ?? ProductKeys.ColorIn(productText);
        size = ProductKeys.NormalizeSize(size);
        var (product, choices) = await FindAsync(productText, color, size, ct);
        if (product is null)
        {
            return new Availability(null, ProductKeys.Key(productText, color, size), color, size, 0, [])
            {
                UnknownName = ProductKeys.Name(productText, color, size),
                Choices = choices,
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

    /// <summary>
    /// Stock arrived: adds to the variant, creating the product and variant the first time. A price said with the
    /// arrival is kept on the variant (and on the product, as its usual price). Null when the words fit two
    /// products equally, so staff are asked which rather than a duplicate being made.
    /// </summary>
    public async Task<ProductLookup> ReceiveAsync(
        string productText, string? color, string? size, int quantity, decimal? price, CancellationToken ct)
    {
        color = ProductKeys.NormalizeColor(color) ?? ProductKeys.ColorIn(productText);
        size = ProductKeys.NormalizeSize(size);
        var found = await FindAsync(productText, color, size, toChange: true, ct);
        if (found.Choices.Count > 0)
        {
            return found;
        }

        var product = found.Product ?? Add(productText, color, size);

        product.Price = price ?? product.Price;
        var variant = product.Variants.FirstOrDefault(v => v.Color == color && v.Size == size);
        if (variant is null)
        {
            variant = new ProductVariant { Color = color, Size = size, Product = product };
            product.Variants.Add(variant);
        }

        variant.StockQuantity += quantity;
        variant.Price = price ?? variant.Price;
        variant.UpdatedAt = clock.UtcNow;
        return new ProductLookup(product, []) { Variant = variant };
    }

    /// <summary>
    /// The product named exactly so (by its key), tracked with its variants, or a new one added to the unit of work. For
    /// store systems, which name products exactly: a loose match could file a SKU under the wrong product.
    /// </summary>
    public async Task<Product> ExactOrNewAsync(string name, string? color, string? size, CancellationToken ct)
    {
        var context = db.AsDbContext();
        var key = ProductKeys.Key(name, color, size);
        return db.Products.Local.FirstOrDefault(p => p.Key == key)
               ?? await ByKeyToChange.For(context)(context, key, ct)
               ?? Add(name, color, size);
    }

    private Product Add(string productText, string? color, string? size)
    {
        var product = new Product { Key = ProductKeys.Key(productText, color, size), Name = ProductKeys.Name(productText, color, size), CreatedAt = clock.UtcNow };
        db.Products.Add(product);
        return product;
    }

    /// <summary>A sale takes stock off the shelf, never below zero (staff may sell what was never entered).</summary>
    public async Task<Product?> TakeAsync(string productText, string? color, string? size, int quantity, CancellationToken ct)
    {
        color = ProductKeys.NormalizeColor(color) ?? ProductKeys.ColorIn(productText);
        size = ProductKeys.NormalizeSize(size);
        var product = (await FindAsync(productText, color, size, toChange: true, ct)).Product;
        var variant = product?.Variants.Where(v => Matches(v, color, size) && v.StockQuantity > 0).OrderByDescending(v => v.StockQuantity).FirstOrDefault();
        if (variant is not null)
        {
            Take(variant, quantity);
        }

        return product;
    }

    /// <summary>Sold from this variant: off the shelf, never below zero.</summary>
    public void Take(ProductVariant variant, int quantity)
    {
        variant.StockQuantity = Math.Max(0, variant.StockQuantity - quantity);
        variant.UpdatedAt = clock.UtcNow;
    }

    private static bool Matches(ProductVariant variant, string? color, string? size) =>
        (color is null || variant.Color == color) && (size is null || variant.Size == size);
}

/// <summary>The product someone meant; or, when their words fit several equally, the names to choose from.</summary>
public sealed record ProductLookup(Product? Product, IReadOnlyList<string> Choices)
{
    /// <summary>For a stock arrival: the variant the stock went to.</summary>
    public ProductVariant? Variant { get; init; }
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

    /// <summary>Products that fit the words equally well: ask which one.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    public string Name => Product?.Name ?? UnknownName ?? ProductKeys.DisplayName(Key);
}
