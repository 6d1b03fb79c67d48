using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Complaints;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Insights.Charts;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.StockAlerts;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>The numbers an owner asks for: a period's summary and the best customers.</summary>
public sealed class SummaryService(ICrmDbContext db, StoreClock clock)
{
    /// <summary>
    /// A dozen numbers, a query per table rather than per number: each table's rows that any of its numbers counts are
    /// read in one pass and counted with conditional aggregates (<c>COUNT(CASE WHEN … THEN 1 END)</c>), grouped by a
    /// constant so that SQL sees one group. No rows give no group, which reads as zeros.
    /// </summary>
    public async Task<Summary> BuildAsync(Period period, CancellationToken ct)
    {
        var (start, end, lastDay) = (period.StartUtc, period.EndUtc, period.LastDay);
        var sales = await db.Purchases
            .Where(p => p.PurchasedAt >= start && p.PurchasedAt < end)
            .Select(p => new { p.CustomerId, p.Amount, p.PurchasedAt })
            .ToListAsync(ct);
        var buyers = sales.Select(s => s.CustomerId).Distinct().ToList();
        var revenue = sales.Sum(s => s.Amount);

        var customers = await db.Customers
            .Where(c => (c.CreatedAt >= start && c.CreatedAt < end) || buyers.Contains(c.Id))
            .GroupBy(_ => 1)
            .Select(g => new
            {
                New = g.Count(c => c.CreatedAt >= start && c.CreatedAt < end),
                Returning = g.Count(c => buyers.Contains(c.Id) && c.CreatedAt < start),
            })
            .SingleOrDefaultAsync(ct);
        var inquiries = await db.Inquiries
            .Where(i => (i.CreatedAt >= start && i.CreatedAt < end) || (i.ClosedAt >= start && i.ClosedAt < end)
                        || (i.Status == InquiryStatus.Open && i.FollowUpOn != null && i.FollowUpOn <= lastDay))
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Logged = g.Count(i => i.Source != InquirySource.ReturnRequest && i.CreatedAt >= start && i.CreatedAt < end),
                Converted = g.Count(i => i.Status == InquiryStatus.Converted && i.ClosedAt >= start && i.ClosedAt < end),
                FollowUpsDue = g.Count(i => i.Status == InquiryStatus.Open && i.FollowUpOn != null && i.FollowUpOn <= lastDay),
            })
            .SingleOrDefaultAsync(ct);
        var alerts = await db.StockAlerts
            .Where(a => a.Status == StockAlertStatus.Waiting || a.Status == StockAlertStatus.Notified)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Waiting = g.Count(a => a.Status == StockAlertStatus.Waiting),
                Sent = g.Count(a => a.Status == StockAlertStatus.Notified && a.NotifiedAt >= start && a.NotifiedAt < end),
            })
            .SingleOrDefaultAsync(ct);

        return new Summary(
            period,
            Sales: sales.Count,
            Revenue: revenue,
            AverageSale: sales.Count == 0 ? 0 : revenue / sales.Count,
            NewCustomers: customers?.New ?? 0,
            ReturningCustomers: customers?.Returning ?? 0,
            InquiriesLogged: inquiries?.Logged ?? 0,
            InquiriesConverted: inquiries?.Converted ?? 0,
            AlertsWaiting: alerts?.Waiting ?? 0,
            AlertsSent: alerts?.Sent ?? 0,
            ComplaintsOpen: await db.Complaints.CountAsync(c => c.Status == ComplaintStatus.Open, ct),
            FollowUpsDue: inquiries?.FollowUpsDue ?? 0)
        {
            Proactive = await ProactiveAsync(period, ct),
            RevenueByDay = ByDay(period, sales.Select(s => (s.PurchasedAt, s.Amount))),
        };
    }

    /// <summary>Every store day of the period, first to last, with what was sold on it (zero on a day without sales).</summary>
    private List<DayRevenue> ByDay(Period period, IEnumerable<(DateTime PurchasedAt, decimal Amount)> sales)
    {
        var sold = sales
            .GroupBy(s => DateOnly.FromDateTime(clock.ToLocal(s.PurchasedAt)))
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Amount));
        var first = DateOnly.FromDateTime(clock.ToLocal(period.StartUtc));
        return Enumerable.Range(0, period.LastDay.DayNumber - first.DayNumber + 1)
            .Select(i => first.AddDays(i))
            .Select(day => new DayRevenue(day, sold.GetValueOrDefault(day)))
            .ToList();
    }

    /// <summary>What the bot sent unasked in the period, what it held back and what it did not send, and why.</summary>
    private async Task<ProactiveCounts> ProactiveAsync(Period period, CancellationToken ct)
    {
        var (start, end) = (period.StartUtc, period.EndUtc);
        var proactive = db.OutboundMessages.Where(m => m.Purpose != MessagePurpose.Reply);
        var counts = await proactive
            .Where(m => (m.SentAt >= start && m.SentAt < end) || (m.DelayCount > 0 && m.CreatedAt >= start && m.CreatedAt < end))
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Sent = g.Count(m => m.SentAt >= start && m.SentAt < end),
                HeldBack = g.Count(m => m.DelayCount > 0 && m.CreatedAt >= start && m.CreatedAt < end),
            })
            .SingleOrDefaultAsync(ct);
        var skipped = await proactive
            .Where(m => m.Status == OutboundStatus.Skipped && m.StatusUpdatedAt >= start && m.StatusUpdatedAt < end)
            .Select(m => m.SkipReason)
            .ToListAsync(ct);
        var reasons = skipped.GroupBy(r => r ?? "other").OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count());
        return new ProactiveCounts(counts?.Sent ?? 0, counts?.HeldBack ?? 0, skipped.Count, reasons);
    }

    /// <summary>Customers by spend within the period (all time when none is given).</summary>
    public async Task<IReadOnlyList<(Customer Customer, decimal Spend, int Visits)>> TopCustomersAsync(Period? period, int count, CancellationToken ct)
    {
        var purchases = db.Purchases.AsQueryable();
        if (period is not null)
        {
            purchases = purchases.Where(p => p.PurchasedAt >= period.StartUtc && p.PurchasedAt < period.EndUtc);
        }

        // Summed here rather than in SQL: SQLite cannot SUM decimals, and a store's purchases fit in memory.
        var rows = await purchases.Select(p => new { p.CustomerId, p.Amount }).ToListAsync(ct);
        var top = rows.GroupBy(r => r.CustomerId)
            .Select(g => (CustomerId: g.Key, Spend: g.Sum(r => r.Amount), Visits: g.Count()))
            .OrderByDescending(t => t.Spend)
            .Take(count)
            .ToList();
        var ids = top.Select(t => t.CustomerId).ToList();
        var customers = await db.Customers.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return top.Select(t => (customers[t.CustomerId], t.Spend, t.Visits)).ToList();
    }
}

public sealed record Summary(
    Period Period,
    int Sales,
    decimal Revenue,
    decimal AverageSale,
    int NewCustomers,
    int ReturningCustomers,
    int InquiriesLogged,
    int InquiriesConverted,
    int AlertsWaiting,
    int AlertsSent,
    int ComplaintsOpen,
    int FollowUpsDue)
{
    public ProactiveCounts Proactive { get; init; } = new(0, 0, 0, new Dictionary<string, int>());

    /// <summary>Sales per store day of the period, for the chart of a summary longer than a day.</summary>
    public IReadOnlyList<DayRevenue> RevenueByDay { get; init; } = [];
}

/// <summary>Proactive messages in a period: sent, held back by quiet hours or the cap, and skipped by reason.</summary>
public sealed record ProactiveCounts(int Sent, int HeldBack, int Skipped, IReadOnlyDictionary<string, int> SkipReasons);
