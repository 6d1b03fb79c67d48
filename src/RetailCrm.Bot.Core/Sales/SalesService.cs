using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Loyalty;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Sales;

/// <summary>Logging a sale: the purchase, its loyalty points, the stock it takes and the inquiries it converts.</summary>
public sealed class SalesService(
    ICrmDbContext db,
    CatalogService catalog,
    InquiryService inquiries,
    IOptions<LoyaltyOptions> loyalty,
    StoreClock clock)
{
    public async Task<SaleResult> LogAsync(
        Customer customer, decimal amount, string? items, string? color, string? size, int? quantity, int? staffMemberId, CancellationToken ct)
    {
        string? productKey = null;
        if (!string.IsNullOrWhiteSpace(items))
        {
            var product = await catalog.TakeAsync(items, color, size, quantity ?? 1, ct);
            productKey = product?.Key ?? ProductKeys.Key(items, color, size);
        }

        var purchase = new Purchase
        {
            Amount = amount,
            Items = items,
            ProductKey = productKey,
            Quantity = quantity,
            StaffMemberId = staffMemberId,
            PurchasedAt = clock.UtcNow,
        };
        return await RecordAsync(customer, purchase, productKey is null ? [] : [productKey], ct);
    }

    /// <summary>
    /// A sale however it came in (staff's message, the store's system): the customer earns its points, and open
    /// inquiries about what was bought are converted (with nothing named, their latest inquiry is). The post-purchase
    /// check-in follows from the stored purchase (<see cref="CheckIns.CheckInService"/>).
    /// </summary>
    public async Task<SaleResult> RecordAsync(Customer customer, Purchase purchase, IReadOnlyCollection<string> productKeys, CancellationToken ct)
    {
        var points = loyalty.Value.PointsFor(purchase.Amount);
        purchase.Customer = customer;
        purchase.PointsEarned = points;
        db.Purchases.Add(purchase);
        customer.LoyaltyPoints += points;
        var converted = 0;
        IEnumerable<string?> keys = productKeys.Count == 0 ? [null] : [.. productKeys.Distinct(StringComparer.Ordinal)];
        foreach (var key in keys)
        {
            converted += await inquiries.ConvertAsync(customer, key, ct);
        }

        return new SaleResult(purchase, points, converted);
    }
}

public sealed record SaleResult(Purchase Purchase, int PointsEarned, int InquiriesConverted);
