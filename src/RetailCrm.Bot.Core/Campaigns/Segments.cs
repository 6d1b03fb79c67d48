using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Campaigns;

/// <summary>
/// The customer groups an owner can send an offer to. Only customers who agreed to offers (and did not say
/// STOP since) are ever in one.
/// vip: spent at least Engagement:VipMinimumSpend in total; inactive: no purchase or message for longer than
/// Engagement:InactiveAfter; new: joined within Engagement:NewCustomerWithin; all: everyone.
/// Each is a query the database answers (spend is summed in SQL), so a segment of 100,000 customers is counted
/// and fanned out without loading one of them.
/// </summary>
public sealed class Segments(ICrmDbContext db, StoreClock clock, IOptions<EngagementOptions> engagement)
{
    public static readonly IReadOnlyList<string> Names = ["vip", "inactive", "new", "all"];

    public static string? Normalize(string? segment) => segment?.Trim().ToLowerInvariant() switch
    {
        "vip" or "vips" or "best" or "top" or "loyal" => "vip",
        "inactive" or "lapsed" or "old" or "dormant" or "purane" => "inactive",
        "new" or "naye" or "recent" => "new",
        "all" or "everyone" or "sab" or "sabko" or "sabhi" or "everybody" => "all",
        _ => null,
    };

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
                var since = clock.UtcNow - engagement.Value.NewCustomerWithin;
                return reachable.Where(c => c.CreatedAt >= since);

            default:
                return reachable;
        }
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
