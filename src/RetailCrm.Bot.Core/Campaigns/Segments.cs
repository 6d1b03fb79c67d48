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

    public async Task<List<Customer>> MembersAsync(string segment, CancellationToken ct)
    {
        var reachable = db.Customers.Where(c => c.OptedOutAt == null && c.MarketingConsentAt != null);
        switch (segment)
        {
            case "vip":
                var minimum = engagement.Value.VipMinimumSpend;
                // Summed here rather than in SQL: SQLite cannot SUM decimals, and a store's purchases fit in memory.
                var spend = await db.Purchases.Select(p => new { p.CustomerId, p.Amount }).ToListAsync(ct);
                var vipIds = spend.GroupBy(s => s.CustomerId).Where(g => g.Sum(s => s.Amount) >= minimum).Select(g => g.Key).ToList();
                return await reachable.Where(c => vipIds.Contains(c.Id)).ToListAsync(ct);

            case "inactive":
                return await InactiveAsync(reachable, ct);

            case "new":
                var since = clock.UtcNow - engagement.Value.NewCustomerWithin;
                return await reachable.Where(c => c.CreatedAt >= since).ToListAsync(ct);

            default:
                return await reachable.ToListAsync(ct);
        }
    }

    /// <summary>Customers whose last purchase and last message are both older than Engagement:InactiveAfter.</summary>
    public async Task<List<Customer>> InactiveAsync(IQueryable<Customer>? from, CancellationToken ct)
    {
        var cutoff = clock.UtcNow - engagement.Value.InactiveAfter;
        var customers = from ?? db.Customers;
        return await customers
            .Where(c => (c.LastInboundAt == null || c.LastInboundAt < cutoff) && c.CreatedAt < cutoff)
            .Where(c => !db.Purchases.Any(p => p.CustomerId == c.Id && p.PurchasedAt >= cutoff))
            .OrderBy(c => c.LastInboundAt)
            .ToListAsync(ct);
    }
}
