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

        var points = loyalty.Value.PointsFor(amount);
        var purchase = new Purchase
        {
            Customer = customer,
            Amount = amount,
            Items = items,
            ProductKey = productKey,
            Quantity = quantity,
            PointsEarned = points,
            StaffMemberId = staffMemberId,
            PurchasedAt = clock.UtcNow,
        };
        db.Purchases.Add(purchase);
        customer.LoyaltyPoints += points;
        var converted = await inquiries.ConvertAsync(customer, productKey, ct);
        return new SaleResult(purchase, points, converted);
    }
}

public sealed record SaleResult(Purchase Purchase, int PointsEarned, int InquiriesConverted);
