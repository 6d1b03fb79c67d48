using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Integration;

/// <summary>
/// Orders from the store's own systems, stored as purchases: like a sale staff log by message, an order earns loyalty
/// points, takes its stock off the shelf, converts the shopper's inquiries, counts in the owner's summary and is
/// followed by the check-in. Stored once per external id, however often it is sent.
/// </summary>
public sealed partial class OrderIntake(
    ICrmDbContext db,
    CustomerDirectory customers,
    CatalogService catalog,
    SalesService sales,
    PhoneNumberNormalizer phones,
    IntegrationWrite write,
    StoreClock clock,
    ILogger<OrderIntake> logger)
{
    public const int MaxExternalIdLength = 200;
    public const int MaxLines = 200;
    public const int MaxQuantity = 10_000;

    /// <summary>A total may differ from the lines' sum by this much (rounding in the calling system).</summary>
    public const decimal TotalTolerance = 0.01m;

    public async Task<Written<OrderView>> GetAsync(string externalId, CancellationToken ct)
    {
        var id = externalId.Trim();
        var purchase = await db.Purchases.AsNoTracking().Include(p => p.Customer).Include(p => p.Lines)
            .SingleOrDefaultAsync(p => p.ExternalId == id, ct);
        return purchase is null
            ? Written.Refused<OrderView>(IntegrationError.NotFound("Order not found", $"No order has the external id \"{id}\"."))
            : Written.Ok(View(purchase));
    }

    /// <summary>
    /// Stores the order (created), or answers a replay with the stored one (not created). The same external id with
    /// different content is refused (409): an order is not changed by sending it again.
    /// </summary>
    public async Task<Written<OrderView>> PlaceAsync(OrderPost body, CancellationToken ct)
    {
        var (order, errors) = Validate(body, phones, clock.UtcNow);
        if (order is null)
        {
            return Written.Refused<OrderView>(IntegrationError.Invalid(errors));
        }

        return await write.RunAsync(async () =>
        {
            var stored = await db.Purchases.Include(p => p.Customer).Include(p => p.Lines)
                .SingleOrDefaultAsync(p => p.ExternalId == order.ExternalId, ct);
            if (stored is not null)
            {
                var differences = Differences(stored, order);
                return differences.Count == 0
                    ? Written.Ok(View(stored))
                    : Written.Refused<OrderView>(IntegrationError.Conflict(
                        "Order already received",
                        $"Order \"{order.ExternalId}\" was received before with a different {string.Join(", ", differences)}; an order is not changed by sending it again."));
            }

            var purchase = await StoreAsync(order, ct);
            var unknown = purchase.Lines.Count(l => l.ProductVariantId is null);
            LogOrder(logger, order.ExternalId, new MaskedPhone(order.Phone), order.Lines.Count, unknown);
            return Written.Ok(View(purchase), created: true);
        }, ct);
    }

    private async Task<Purchase> StoreAsync(ValidOrder order, CancellationToken ct)
    {
        var customer = await customers.FindOrCreateAsync(order.Phone, ct);
        var skus = order.Lines.Select(l => l.Sku).Distinct(StringComparer.Ordinal).ToList();
        var variants = await db.ProductVariants.Include(v => v.Product)
            .Where(v => v.Sku != null && skus.Contains(v.Sku))
            .ToDictionaryAsync(v => v.Sku!, StringComparer.Ordinal, ct);

        var purchase = new Purchase
        {
            Amount = order.Total,
            ExternalId = order.ExternalId,
            PurchasedAt = order.PlacedAtUtc,
            Quantity = order.Lines.Sum(l => l.Quantity),
        };
        foreach (var line in order.Lines)
        {
            var variant = variants.GetValueOrDefault(line.Sku);
            if (variant is not null)
            {
                catalog.Take(variant, line.Quantity);
            }

            // A SKU the catalog does not have (yet) is kept as sent: the sale happened, and its points and check-in are owed.
            purchase.Lines.Add(new PurchaseLine { Sku = line.Sku, Quantity = line.Quantity, UnitPrice = line.UnitPrice, ProductVariantId = variant?.Id });
        }

        var known = order.Lines.Select(l => variants.GetValueOrDefault(l.Sku)).OfType<ProductVariant>().ToList();
        // What the check-in thanks them for ("the Red Kurta (size M)"); "your purchase" when no SKU is in the catalog.
        var items = known.Select(v => ProductKeys.Describe(v.Product!.Name, v.Color, v.Size)).Distinct(StringComparer.Ordinal).ToList();
        purchase.Items = items.Count == 0 ? null : StoredText.Fit(string.Join(", ", items), StoredText.FreeTextLength);
        var keys = known.Select(v => v.Product!.Key).Distinct(StringComparer.Ordinal).ToList();
        purchase.ProductKey = keys.FirstOrDefault();
        await sales.RecordAsync(customer, purchase, keys, ct);
        return purchase;
    }

    /// <summary>Every check a body must pass, all reported at once; the order is null when any failed.</summary>
    public static (ValidOrder? Order, FieldErrors Errors) Validate(OrderPost body, PhoneNumberNormalizer phones, DateTime utcNow)
    {
        var errors = new FieldErrors();
        var externalId = errors.Required("externalId", body.ExternalId, MaxExternalIdLength);
        var phone = errors.Phone("customerPhone", body.CustomerPhone, phones);

        var lines = new List<ValidOrderLine>();
        if (body.Lines is not { Count: > 0 } sent)
        {
            errors.Add("lines", "must have at least one line.");
        }
        else if (sent.Count > MaxLines)
        {
            errors.Add("lines", string.Create(CultureInfo.InvariantCulture, $"must have at most {MaxLines} lines."));
        }
        else
        {
            for (var i = 0; i < sent.Count; i++)
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"lines[{i}]");
                if (sent[i] is not { } line)
                {
                    errors.Add(at, "must be a line, not null.");
                    continue;
                }

                var sku = errors.Sku($"{at}.sku", line.Sku);
                var quantity = errors.Count($"{at}.quantity", line.Quantity, 1, MaxQuantity, required: true);
                var price = errors.Money($"{at}.unitPrice", line.UnitPrice, required: true);
                if (sku is not null && quantity is not null && price is not null)
                {
                    lines.Add(new ValidOrderLine(sku, quantity.Value, price.Value));
                }
            }
        }

        var total = errors.Money("total", body.Total, required: true);
        var placedAt = errors.Past("placedAt", body.PlacedAt, utcNow);
        if (total is { } t && !errors.Any)
        {
            // Refused rather than guessed at: a total that is not its lines' sum hides a discount or a mistake, and
            // points, revenue and the lines must tell one story. Discounts go into the lines' prices.
            var sum = lines.Sum(l => l.Quantity * l.UnitPrice);
            if (Math.Abs(sum - t) > TotalTolerance)
            {
                errors.Add("total", string.Create(CultureInfo.InvariantCulture, $"is {t} but the lines add up to {sum}."));
            }
        }

        return errors.Any
            ? (null, errors)
            : (new ValidOrder(externalId!, phone!, lines, total!.Value, placedAt!.Value), errors);
    }

    /// <summary>What differs between the stored order and the one sent again under its id.</summary>
    private static List<string> Differences(Purchase stored, ValidOrder order)
    {
        var differences = new List<string>();
        if (stored.Customer!.Phone != order.Phone)
        {
            differences.Add("customerPhone");
        }

        var lines = stored.Lines.OrderBy(l => l.Id).Select(l => new ValidOrderLine(l.Sku, l.Quantity, l.UnitPrice));
        if (!lines.SequenceEqual(order.Lines))
        {
            differences.Add("lines");
        }

        if (stored.Amount != order.Total)
        {
            differences.Add("total");
        }

        // Databases keep time to the microsecond or coarser; a replay is the same instant to the millisecond.
        if (Math.Abs((stored.PurchasedAt - order.PlacedAtUtc).TotalMilliseconds) >= 1)
        {
            differences.Add("placedAt");
        }

        return differences;
    }

    private static OrderView View(Purchase purchase) => new(
        purchase.ExternalId!,
        purchase.Customer!.Phone,
        purchase.Lines.OrderBy(l => l.Id).Select(l => new OrderLineView(l.Sku, l.Quantity, ApiValues.Money(l.UnitPrice), l.ProductVariantId is not null)).ToList(),
        ApiValues.Money(purchase.Amount),
        ApiValues.Time(purchase.PurchasedAt),
        purchase.PointsEarned);

    [LoggerMessage(Level = LogLevel.Information, Message = "Integration API stored order {ExternalId} for {Phone}: {Lines} lines, {Unknown} with SKUs not in the catalog")]
    private static partial void LogOrder(ILogger logger, string externalId, MaskedPhone phone, int lines, int unknown);
}
