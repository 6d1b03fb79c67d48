using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.CheckIns;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.StockAlerts;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>
/// What proactive messages achieved, per owner's campaign and per kind of message (offers, win-back offers,
/// back-in-stock alerts, "the item you asked about is in" reminders, check-ins). For each group:
/// <list type="bullet">
/// <item>queued: every message in the outbox; sent: those the provider accepted (they have a send time);
/// delivered: delivered or read; read: read; failed: failed, undelivered or cancelled at the provider; not sent:
/// skipped by the sending policy (opted out, no consent, no template).</item>
/// <item>replied: sent messages whose recipient wrote to the store after the send and within
/// <c>Engagement:AttributionWindow</c>; opted out: sent messages whose recipient said STOP, or "no more offers",
/// within that window.</item>
/// <item>purchases and revenue: the recipients' purchases after the send and within the window. A purchase is counted
/// once per group even when two of its messages (two check-ins a few days apart) both precede it; buyers are the
/// distinct customers who bought.</item>
/// </list>
/// Four grouped queries per report (the funnel, replies, opt-outs, purchases), never a query per message.
/// </summary>
public sealed class CampaignResults(ICrmDbContext db, IOptions<EngagementOptions> engagement)
{
    /// <summary>The kinds of proactive message a customer gets, as reports name them, in report order.</summary>
    public static readonly IReadOnlyList<(string Kind, string Label)> CustomerKinds =
    [
        (CampaignService.Kind, "offers"),
        (ReEngagementService.Kind, "win-back offers"),
        (StockAlertService.Kind, "back-in-stock alerts"),
        (InquiryNudges.Kind, "item-arrived reminders"),
        (CheckInService.Kind, "check-ins"),
    ];

    public TimeSpan Window => engagement.Value.AttributionWindow;

    /// <summary>The results of each of <paramref name="campaignIds"/>' offers; a campaign with no messages has none.</summary>
    public Task<Dictionary<int, MessageResults>> ByCampaignAsync(IReadOnlyCollection<int> campaignIds, CancellationToken ct) =>
        ComputeAsync(ForCampaigns(campaignIds), ct);

    /// <summary>The results of each kind of proactive customer message queued in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).</summary>
    public Task<Dictionary<string, MessageResults>> ByKindAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct) =>
        ComputeAsync(ForKinds(fromUtc, toUtc), ct);

    internal ResultQueries<int> ForCampaigns(IReadOnlyCollection<int> campaignIds) =>
        Queries(db.OutboundMessages.Where(m => m.CampaignId != null && campaignIds.Contains(m.CampaignId.Value)), m => m.CampaignId!.Value);

    internal ResultQueries<string> ForKinds(DateTime fromUtc, DateTime toUtc)
    {
        var kinds = CustomerKinds.Select(k => k.Kind).ToList();
        return Queries(
            db.OutboundMessages.Where(m =>
                m.CustomerId != null && m.Purpose != MessagePurpose.Reply && kinds.Contains(m.Kind) && m.CreatedAt >= fromUtc && m.CreatedAt < toUtc),
            m => m.Kind);
    }

    /// <summary>The four grouped queries of a report: the funnel, replies, opt-outs and purchases, by the group's key.</summary>
    private ResultQueries<TKey> Queries<TKey>(IQueryable<OutboundMessage> messages, Expression<Func<OutboundMessage, TKey>> key)
        where TKey : notnull
    {
        var seconds = Window.TotalSeconds;
        var tagged = messages.Select(Tag(key));
        var funnel = tagged
            .GroupBy(t => t.Key)
            .Select(g => new Funnel<TKey>
            {
                Key = g.Key,
                Queued = g.Count(),
                Sent = g.Count(t => t.SentAt != null),
                Delivered = g.Count(t => t.Status == OutboundStatus.Delivered || t.Status == OutboundStatus.Read),
                Read = g.Count(t => t.Status == OutboundStatus.Read),
                Failed = g.Count(t => t.Status == OutboundStatus.Failed || t.Status == OutboundStatus.Undelivered || t.Status == OutboundStatus.Canceled),
                NotSent = g.Count(t => t.Status == OutboundStatus.Skipped),
            });

        var sent = tagged.Where(t => t.SentAt != null);
        // EXISTS in the WHERE, then a plain COUNT: SQL Server allows no subquery inside an aggregate.
        var replied = CountByKey(
            sent.Where(t => db.InboundMessages.Any(i => i.FromPhone == t.ToPhone && i.ReceivedAt > t.SentAt && i.ReceivedAt <= t.SentAt!.Value.AddSeconds(seconds))));
        var optedOut = CountByKey(
            sent.Where(t => db.ConsentEvents.Any(e => e.CustomerId == t.CustomerId
                                                      && (e.Change == ConsentChange.OptOut || e.Change == ConsentChange.MarketingOptOut)
                                                      && e.OccurredAt > t.SentAt && e.OccurredAt <= t.SentAt!.Value.AddSeconds(seconds))));
        // A join, not a correlated SelectMany: SQLite has no APPLY. DISTINCT before counting: a purchase after two of a
        // group's messages is that group's once.
        var bought = sent
            .Join(db.Purchases, t => t.CustomerId, p => (int?)p.CustomerId, (t, p) => new { t.Key, t.SentAt, Purchase = p })
            .Where(x => x.Purchase.PurchasedAt > x.SentAt && x.Purchase.PurchasedAt <= x.SentAt!.Value.AddSeconds(seconds))
            .Select(x => new { x.Key, PurchaseId = x.Purchase.Id, x.Purchase.CustomerId, x.Purchase.Amount })
            .Distinct()
            .GroupBy(x => x.Key)
            .Select(g => new Bought<TKey> { Key = g.Key, Purchases = g.Count(), Buyers = g.Select(x => x.CustomerId).Distinct().Count(), Revenue = g.Sum(x => x.Amount) });
        return new ResultQueries<TKey>(funnel, replied, optedOut, bought);
    }

    private static async Task<Dictionary<TKey, MessageResults>> ComputeAsync<TKey>(ResultQueries<TKey> queries, CancellationToken ct)
        where TKey : notnull
    {
        var funnel = await queries.Funnel.ToListAsync(ct);
        var replied = await queries.Replied.ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        var optedOut = await queries.OptedOut.ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        var bought = await queries.Bought.ToDictionaryAsync(r => r.Key, ct);
        return funnel.ToDictionary(f => f.Key, f =>
        {
            var purchases = bought.GetValueOrDefault(f.Key);
            return new MessageResults(
                f.Queued, f.Sent, f.Delivered, f.Read, f.Failed, f.NotSent,
                replied.GetValueOrDefault(f.Key), optedOut.GetValueOrDefault(f.Key),
                purchases?.Buyers ?? 0, purchases?.Purchases ?? 0, purchases?.Revenue ?? 0m);
        });
    }

    private static IQueryable<KeyCount<TKey>> CountByKey<TKey>(IQueryable<Tagged<TKey>> rows) =>
        rows.GroupBy(t => t.Key).Select(g => new KeyCount<TKey> { Key = g.Key, Count = g.Count() });

    /// <summary><c>m => new Tagged { Key = key(m), … }</c>: the message's fields the reports read, beside its group's key.</summary>
    private static Expression<Func<OutboundMessage, Tagged<TKey>>> Tag<TKey>(Expression<Func<OutboundMessage, TKey>> key)
    {
        var message = key.Parameters[0];
        MemberAssignment Copy(string name) =>
            Expression.Bind(typeof(Tagged<TKey>).GetProperty(name)!, Expression.Property(message, typeof(OutboundMessage).GetProperty(name)!));
        var tagged = Expression.MemberInit(
            Expression.New(typeof(Tagged<TKey>)),
            Expression.Bind(typeof(Tagged<TKey>).GetProperty(nameof(Tagged<TKey>.Key))!, key.Body),
            Copy(nameof(OutboundMessage.CustomerId)),
            Copy(nameof(OutboundMessage.ToPhone)),
            Copy(nameof(OutboundMessage.Status)),
            Copy(nameof(OutboundMessage.SentAt)));
        return Expression.Lambda<Func<OutboundMessage, Tagged<TKey>>>(tagged, message);
    }

    internal sealed record ResultQueries<TKey>(
        IQueryable<Funnel<TKey>> Funnel, IQueryable<KeyCount<TKey>> Replied, IQueryable<KeyCount<TKey>> OptedOut, IQueryable<Bought<TKey>> Bought)
    {
        public IEnumerable<IQueryable> All => [Funnel, Replied, OptedOut, Bought];
    }

    internal sealed class Funnel<TKey>
    {
        public required TKey Key { get; init; }

        public int Queued { get; init; }

        public int Sent { get; init; }

        public int Delivered { get; init; }

        public int Read { get; init; }

        public int Failed { get; init; }

        public int NotSent { get; init; }
    }

    internal sealed class KeyCount<TKey>
    {
        public required TKey Key { get; init; }

        public int Count { get; init; }
    }

    internal sealed class Bought<TKey>
    {
        public required TKey Key { get; init; }

        public int Purchases { get; init; }

        public int Buyers { get; init; }

        public decimal Revenue { get; init; }
    }

    internal sealed class Tagged<TKey>
    {
        public required TKey Key { get; init; }

        public int? CustomerId { get; init; }

        public required string ToPhone { get; init; }

        public OutboundStatus Status { get; init; }

        public DateTime? SentAt { get; init; }
    }
}

/// <summary>One campaign's (or kind's) messages and what came of them; see <see cref="CampaignResults"/>.</summary>
public sealed record MessageResults(
    int Queued,
    int Sent,
    int Delivered,
    int Read,
    int Failed,
    int NotSent,
    int Replied,
    int OptedOut,
    int Buyers,
    int Purchases,
    decimal Revenue);
