using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.StockAlerts;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Integration;

/// <summary>
/// The catalog and its stock from the store's own systems, by SKU. A SKU is one colour and size of a product; the
/// product is found by the catalog's own key, so "Cotton Kurta" from the POS and "cotton kurtas" from staff are one.
/// Stock is set, not added: a rise is an arrival, and alerts the shoppers waiting for it exactly as staff's "arrived"
/// message does.
/// </summary>
public sealed partial class ProductSync(
    ICrmDbContext db,
    CatalogService catalog,
    StockArrivalAlerts arrivals,
    IntegrationWrite write,
    StoreClock clock,
    ILogger<ProductSync> logger)
{
    /// <summary>The columns' lengths: a product's name, a colour or size.</summary>
    public const int MaxNameLength = 120;
    public const int MaxAttributeLength = 32;
    public const int MaxStock = 1_000_000;

    public async Task<Written<ProductView>> GetAsync(string sku, CancellationToken ct)
    {
        var (variant, error) = await FindAsync(sku, tracked: false, ct);
        return variant is null ? Written.Refused<ProductView>(error!) : Written.Ok(View(variant));
    }

    public async Task<Written<StockView>> GetStockAsync(string sku, CancellationToken ct)
    {
        var (variant, error) = await FindAsync(sku, tracked: false, ct);
        return variant is null ? Written.Refused<StockView>(error!) : Written.Ok(StockOf(variant));
    }

    /// <summary>Creates or updates the SKU (201 or 200). Sending the same body twice changes nothing the second time.</summary>
    public async Task<Written<ProductView>> PutAsync(string skuText, ProductPut body, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var sku = errors.Sku("sku", skuText);
        var name = errors.Required("name", body.Name, MaxNameLength);
        var price = errors.Money("price", body.Price, required: false);
        var colour = ProductKeys.NormalizeColor(errors.Optional("colour", body.Colour, MaxAttributeLength));
        var size = ProductKeys.NormalizeSize(errors.Optional("size", body.Size, MaxAttributeLength));
        var stock = errors.Count("stock", body.Stock, 0, MaxStock, required: false);
        if (errors.Any)
        {
            return Written.Refused<ProductView>(IntegrationError.Invalid(errors));
        }

        return await write.RunAsync(async () =>
        {
            var product = await catalog.ExactOrNewAsync(name!, colour, size, ct);
            var variant = await db.ProductVariants.Include(v => v.Product).SingleOrDefaultAsync(v => v.Sku == sku, ct);
            var created = variant is null;
            if (variant is null)
            {
                // A colour and size staff entered by message before the SKU was known becomes this SKU, not a twin of it.
                variant = product.Variants.FirstOrDefault(v => v.Sku == null && v.Color == colour && v.Size == size)
                          ?? new ProductVariant { Product = product, Sku = sku };
                variant.Sku = sku;
                if (variant.Id == 0)
                {
                    product.Variants.Add(variant);
                }
            }
            else if (variant.Product != product)
            {
                // Renamed in the store's system: the SKU now belongs to the product of its new name.
                variant.Product = product;
            }

            // Colour and size say which variant this is, so they are always as sent; a price left out stays as it is.
            if (created || variant.Color != colour || variant.Size != size || (price is not null && variant.Price != price))
            {
                variant.UpdatedAt = clock.UtcNow;
            }

            variant.Color = colour;
            variant.Size = size;
            variant.Price = price ?? variant.Price;
            product.Price ??= price;

            if (stock is { } level)
            {
                await SetLevelAsync(product, variant, level, ct);
            }

            LogPut(logger, sku!, created);
            return Written.Ok(View(variant), created);
        }, ct);
    }

    /// <summary>Sets the SKU's stock level (200); an unknown SKU is a 404, since a level needs something to count.</summary>
    public async Task<Written<StockView>> PutStockAsync(string skuText, StockPut body, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var sku = errors.Sku("sku", skuText);
        var quantity = errors.Count("quantity", body.Quantity, 0, MaxStock, required: true);
        if (errors.Any)
        {
            return Written.Refused<StockView>(IntegrationError.Invalid(errors));
        }

        return await write.RunAsync(async () =>
        {
            var (variant, error) = await FindAsync(sku!, tracked: true, ct);
            if (variant is null)
            {
                return Written.Refused<StockView>(error!);
            }

            await SetLevelAsync(variant.Product!, variant, quantity!.Value, ct);
            return Written.Ok(StockOf(variant));
        }, ct);
    }

    /// <summary>
    /// A level, not a delta. More than was there is an arrival: whoever waits for it is alerted and open inquiries
    /// are nudged, as after staff's "arrived" message (each alert once: a replayed level is no rise).
    /// </summary>
    private async Task SetLevelAsync(Product product, ProductVariant variant, int level, CancellationToken ct)
    {
        var before = variant.StockQuantity;
        if (level == before)
        {
            return;
        }

        variant.StockQuantity = level;
        variant.UpdatedAt = clock.UtcNow;
        if (level > before)
        {
            // Saved first, so the alert query sees the product and the SKU (same transaction).
            await db.SaveChangesAsync(ct);
            var alerted = (await arrivals.AnnounceAsync(product, variant, ct)).Alerted;
            LogArrival(logger, variant.Sku!, before, level, alerted);
        }
    }

    private async Task<(ProductVariant? Variant, IntegrationError? Error)> FindAsync(string skuText, bool tracked, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var sku = errors.Sku("sku", skuText);
        if (sku is null)
        {
            return (null, IntegrationError.Invalid(errors));
        }

        var variants = tracked ? db.ProductVariants : db.ProductVariants.AsNoTracking();
        var variant = await variants.Include(v => v.Product).SingleOrDefaultAsync(v => v.Sku == sku, ct);
        return variant is null
            ? (null, IntegrationError.NotFound("Unknown SKU", $"No product has the SKU \"{sku}\"; create it with PUT /api/v1/products/{sku}."))
            : (variant, null);
    }

    private static ProductView View(ProductVariant variant) => new(
        variant.Sku!,
        variant.Product!.Name,
        variant.Color,
        variant.Size,
        ApiValues.Money(variant.Price ?? variant.Product.Price),
        variant.StockQuantity,
        ApiValues.Time(variant.UpdatedAt));

    private static StockView StockOf(ProductVariant variant) => new(variant.Sku!, variant.StockQuantity, ApiValues.Time(variant.UpdatedAt));

    [LoggerMessage(Level = LogLevel.Information, Message = "Integration API put product {Sku} (created: {Created})")]
    private static partial void LogPut(ILogger logger, string sku, bool created);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stock of {Sku} set from {Before} to {After} through the integration API; {Alerted} waiting shoppers alerted")]
    private static partial void LogArrival(ILogger logger, string sku, int before, int after, int alerted);
}
