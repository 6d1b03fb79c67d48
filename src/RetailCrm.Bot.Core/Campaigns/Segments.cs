using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Insights;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Campaigns;

/// <summary>
/// The customer groups an owner can send an offer to. Only customers who agreed to offers (and did not say
/// STOP since) are ever in one.
/// vip: spent at least Engagement:VipMinimumSpend in total; inactive: no purchase or message for longer than
/// Engagement:InactiveAfter; new: joined within Engagement:NewCustomerWithin and bought nothing before it (so customers
/// whose past orders arrived later, by an import, are not new); all: everyone; champions, loyal, at_risk,
/// hibernating: the RFM segments (<see cref="RfmSegments"/>, whose <c>new</c> is this one).
/// Each is a query the database answers (spend is summed in SQL, RFM scores are window functions), so a segment of
/// 100,000 customers is counted and fanned out without loading one of them.
/// </summary>
public sealed class Segments(ICrmDbContext db, IRfmScores rfm, StoreClock clock, IOptions<EngagementOptions> engagement)
{
    public static readonly IReadOnlyList<string> Names =
        ["vip", "inactive", "new", "all", RfmSegments.Champions, RfmSegments.Loyal, RfmSegments.AtRisk, RfmSegments.Hibernating];

    /// <summary>A segment's name however the owner writes it ("at risk", "At-Risk", "champs", "sabko"), or null.</summary>
    public static string? Normalize(string? segment) => segment?.Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' ') switch
    {
        "vip" or "vips" or "best" or "top" or "premium" or "gold" => "vip",
        "inactive" or "lapsed" or "old" or "dormant" or "purane" => "inactive",
        "new" or "naye" or "recent" => "new",
        "all" or "everyone" or "sab" or "sabko" or "sabhi" or "everybody" => "all",
        "champions" or "champion" or "champs" or "champ" or "champians" or "champian" => RfmSegments.Champions,
        "loyal" or "loyals" or "loyalists" or "regulars" or "regular" or "loyel" or "loyl" => RfmSegments.Loyal,
        "at risk" or "atrisk" or "risk" or "risky" or "at riskk" or "at rsk" or "churning" or "khatre" => RfmSegments.AtRisk,
        "hibernating" or "hibernate" or "hibernated" or "sleeping" or "hybernating" or "hibernting" => RfmSegments.Hibernating,
        _ => null,
    };

    /// <summary>Whether a segment is one of the RFM segments (scored in SQL) rather than a rule on the customer row.</summary>
    public static bool IsRfm(string segment) => segment is RfmSegments.Champions or RfmSegments.Loyal or RfmSegments.AtRisk or RfmSegments.Hibernating;

    /// <summary>Now minus Engagement:NewCustomerWithin: customers who joined since, and bought nothing before, are new.</summary>
    public DateTime NewSince => clock.UtcNow - engagement.Value.NewCustomerWithin;

    /// <summary>The segment's members who may receive an offer, as a query (nothing is loaded).</summary>
    public IQueryable<Customer> Members(string segment)
    {
        var reachable = db.Customers.Where(c => c.OptedOutAt == null && c.MarketingConsentAt != null);
        switch (segment)
        {
            case "vip":
                var minimum = engagement.Value.VipMinimumSpend;
                return reachable.Where(c => db.Purchases.Where(p => p.CustomerId == c.Id).Sum(p => p.Amount) >= minimum);

            case "inactive":
                return Inactive(reachable);

            case "new":
                return New(reachable);

            case var rfmSegment when IsRfm(rfmSegment):
                var members = rfm.Scores().Where(RfmSegments.In(rfmSegment, NewSince)).Select(s => s.CustomerId);
                return reachable.Where(c => members.Contains(c.Id));

            default:
                return reachable;
        }
    }

    /// <summary>Customers who joined within Engagement:NewCustomerWithin and bought nothing before it.</summary>
    public IQueryable<Customer> New(IQueryable<Customer>? from = null)
    {
        var since = NewSince;
        return (from ?? db.Customers).Where(c => c.CreatedAt >= since && !db.Purchases.Any(p => p.CustomerId == c.Id && p.PurchasedAt < since));
    }

    public Task<int> CountAsync(string segment, CancellationToken ct) => Members(segment).CountAsync(ct);

    /// <summary>Customers whose last purchase and last message are both older than Engagement:InactiveAfter.</summary>
    public IQueryable<Customer> Inactive(IQueryable<Customer>? from = null)
    {
        var cutoff = clock.UtcNow - engagement.Value.InactiveAfter;
        return (from ?? db.Customers)
            .Where(c => (c.LastInboundAt == null || c.LastInboundAt < cutoff) && c.CreatedAt < cutoff)
            .Where(c => !db.Purchases.Any(p => p.CustomerId == c.Id && p.PurchasedAt >= cutoff));
    }

    public Task<List<Customer>> InactiveAsync(IQueryable<Customer>? from, CancellationToken ct) =>
        Inactive(from).OrderBy(c => c.LastInboundAt).ToListAsync(ct);
}
