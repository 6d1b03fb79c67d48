using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.StockAlerts;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Inquiries;

/// <summary>
/// "The kurta you asked about is in": when stock arrives, everyone with an open inquiry for it hears once,
/// unless a stock alert for the same item already told them.
/// </summary>
public sealed class InquiryNudges(ICrmDbContext db, ProactiveMessages proactive, StoreClock clock)
{
    public const string Kind = "inquiry_nudge";

    public async Task<int> NudgeAsync(Product product, ProductVariant variant, CancellationToken ct)
    {
        var open = await db.Inquiries
            .Include(i => i.Customer)
            .Where(i => i.Status == InquiryStatus.Open && i.NudgedAt == null && i.ProductKey == product.Key)
            .Where(i => i.Color == null || i.Color == variant.Color)
            .Where(i => i.Size == null || i.Size == variant.Size)
            .ToListAsync(ct);
        var since = clock.UtcNow.AddDays(-1);
        var nudged = 0;
        foreach (var inquiry in open)
        {
            inquiry.NudgedAt = clock.UtcNow;
            var alerted = db.StockAlerts.Local.Any(a => a.CustomerId == inquiry.CustomerId && a.ProductKey == product.Key && a.Status == StockAlertStatus.Notified)
                          || await db.StockAlerts.AnyAsync(a => a.CustomerId == inquiry.CustomerId && a.ProductKey == product.Key && a.NotifiedAt >= since, ct);
            if (alerted)
            {
                continue;
            }

            var item = ProductKeys.Describe(product.Name, inquiry.Color ?? variant.Color, inquiry.Size ?? variant.Size);
            if (await proactive.QueueAsync(inquiry.Customer!, Kind, MessagePurpose.Transactional, $"{Kind}:{inquiry.Id}",
                    new Dictionary<string, string> { ["item"] = item }, ct))
            {
                nudged++;
            }
        }

        return nudged;
    }

    /// <summary>The sweep: open, un-nudged inquiries whose item is on the shelf now.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var keys = await db.Inquiries.Where(i => i.Status == InquiryStatus.Open && i.NudgedAt == null && i.ProductKey != null)
            .Select(i => i.ProductKey!).Distinct().ToListAsync(ct);
        var nudged = 0;
        foreach (var key in keys)
        {
            var product = await db.Products.Include(p => p.Variants).SingleOrDefaultAsync(p => p.Key == key, ct);
            foreach (var variant in product?.Variants.Where(v => v.StockQuantity > 0) ?? [])
            {
                nudged += await NudgeAsync(product!, variant, ct);
            }
        }

        return nudged;
    }
}
