using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>How many customers each RFM segment holds, and who its biggest spenders are; counted in SQL.</summary>
public sealed class RfmReport(ICrmDbContext db, IRfmScores rfm, Segments segments)
{
    /// <summary>
    /// Every customer in one place: each named segment, <c>others</c> (bought, in no named segment) and
    /// <see cref="SegmentSizes.NotBought"/> (no purchase and not new). Counts every customer, whether or not they may
    /// get offers.
    /// </summary>
    public async Task<SegmentSizes> SizesAsync(CancellationToken ct)
    {
        var scored = await rfm.Scores()
            .Select(RfmSegments.SegmentOf(segments.NewSince))
            .GroupBy(segment => segment)
            .Select(g => new { Segment = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Segment, g => g.Count, ct);
        var customers = await db.Customers.CountAsync(ct);
        var allNew = await segments.New().CountAsync(ct);
        var buyers = scored.Values.Sum();
        var counts = RfmSegments.Names.Append(RfmSegments.Others).ToDictionary(s => s, s => scored.GetValueOrDefault(s));
        counts[RfmSegments.New] = allNew; // the new who have not bought yet are new too
        return new SegmentSizes(counts, buyers, customers - buyers - (allNew - scored.GetValueOrDefault(RfmSegments.New)));
    }

    /// <summary>A segment's biggest spenders first (for <c>new</c>, the latest to join), with their scores' facts.</summary>
    public async Task<IReadOnlyList<SegmentMember>> TopAsync(string segment, int count, CancellationToken ct)
    {
        if (segment == RfmSegments.New)
        {
            var newest = await segments.New().AsNoTracking().OrderByDescending(c => c.CreatedAt).Take(count).ToListAsync(ct);
            return newest.Select(c => new SegmentMember(c, 0, 0m, null)).ToList();
        }

        var top = await rfm.Scores()
            .Where(RfmSegments.In(segment, segments.NewSince))
            .OrderByDescending(s => s.Spend)
            .ThenBy(s => s.CustomerId)
            .Take(count)
            .Join(db.Customers.AsNoTracking(), s => s.CustomerId, c => c.Id, (s, c) => new { Customer = c, s.Purchases, s.Spend, s.LastPurchaseAt })
            .ToListAsync(ct);
        return top.OrderByDescending(t => t.Spend).ThenBy(t => t.Customer.Id).Select(t => new SegmentMember(t.Customer, t.Purchases, t.Spend, t.LastPurchaseAt)).ToList();
    }
}

/// <summary>Customers per segment (named ones and <c>others</c>), how many have bought, and how many have not and are not new.</summary>
public sealed record SegmentSizes(IReadOnlyDictionary<string, int> Counts, int Buyers, int NotBought);

public sealed record SegmentMember(Customer Customer, int Purchases, decimal Spend, DateTime? LastPurchaseAt);
