using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Campaigns;

/// <summary>
/// A regular who has gone quiet gets one offer, mentioning what they bought last, at most once per
/// Engagement:OfferCooldown, and only if they agreed to offers.
/// </summary>
public sealed class ReEngagementService(
    ICrmDbContext db,
    Segments segments,
    ProactiveMessages proactive,
    StoreClock clock,
    IOptions<EngagementOptions> engagement)
{
    public const string Kind = "reengagement";

    public async Task<int> QueueAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var cooldownStart = now - engagement.Value.OfferCooldown;
        var consenting = db.Customers.Where(c => c.OptedOutAt == null && c.MarketingConsentAt != null);
        var today = DateOnly.FromDateTime(clock.LocalNow);
        var queued = 0;

        foreach (var customer in await segments.InactiveAsync(consenting, ct))
        {
            var recentlyOffered = await db.OutboundMessages.AnyAsync(
                m => m.CustomerId == customer.Id && m.Kind == Kind && m.CreatedAt >= cooldownStart, ct);
            if (recentlyOffered)
            {
                continue;
            }

            var lastItem = await db.Purchases.Where(p => p.CustomerId == customer.Id && p.Items != null)
                .OrderByDescending(p => p.PurchasedAt).Select(p => p.Items).FirstOrDefaultAsync(ct);
            var values = new Dictionary<string, string>
            {
                ["last_item"] = lastItem ?? "purchase",
                ["offer"] = OfferText.ForTemplate(engagement.Value.ReEngagementOffer),
            };
            if (await proactive.QueueAsync(customer, Kind, MessagePurpose.Marketing, $"{Kind}:{customer.Id}:{today:yyyy-MM-dd}", values, ct)
                && await Persist.SaveOrSkipDuplicateAsync(db, ct))
            {
                queued++;
            }
        }

        return queued;
    }
}
