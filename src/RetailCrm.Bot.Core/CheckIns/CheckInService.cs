using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.CheckIns;

/// <summary>
/// "How are you finding your blue kurta? Reply 1-5": one check-in per customer and shopping day, sent
/// Engagement:PostPurchaseCheckInAfter after the purchase. The 1-5 answer is handled as a feedback rating.
/// </summary>
public sealed class CheckInService(ICrmDbContext db, ProactiveMessages proactive, StoreClock clock, IOptions<EngagementOptions> engagement)
{
    public const string Kind = "checkin";

    /// <summary>Purchases older than a week past due are left alone: a check-in a month later reads as spam.</summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromDays(7);

    public async Task<int> QueueDueAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var dueBefore = now - engagement.Value.PostPurchaseCheckInAfter;
        var staleBefore = dueBefore - StaleAfter;
        var due = await db.Purchases
            .Include(p => p.Customer)
            .Where(p => p.CheckInQueuedAt == null && p.PurchasedAt <= dueBefore && p.PurchasedAt > staleBefore)
            .OrderBy(p => p.PurchasedAt)
            .Take(500)
            .ToListAsync(ct);

        var queued = 0;
        foreach (var visit in due.GroupBy(p => (p.CustomerId, Day: DateOnly.FromDateTime(clock.ToLocal(p.PurchasedAt)))))
        {
            var purchases = visit.ToList();
            var customer = purchases[0].Customer!;
            var item = purchases.Select(p => p.Items).FirstOrDefault(i => !string.IsNullOrWhiteSpace(i)) ?? "your purchase";
            var key = $"{Kind}:{customer.Id}:{visit.Key.Day:yyyy-MM-dd}";
            if (await proactive.QueueAsync(customer, Kind, MessagePurpose.Transactional, key, new Dictionary<string, string> { ["item"] = item }, ct))
            {
                queued++;
            }

            foreach (var purchase in purchases)
            {
                purchase.CheckInQueuedAt = now;
            }

            // One visit per save: a duplicate from another instance fails only this visit, not the whole run.
            await Persist.SaveOrSkipDuplicateAsync(db, ct);
        }

        return queued;
    }
}
