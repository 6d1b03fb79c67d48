using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Complaints;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.StockAlerts;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>The numbers an owner asks for: a period's summary and the best customers.</summary>
public sealed class SummaryService(ICrmDbContext db)
{
    public async Task<Summary> BuildAsync(Period period, CancellationToken ct)
    {
        var sales = await db.Purchases
            .Where(p => p.PurchasedAt >= period.StartUtc && p.PurchasedAt < period.EndUtc)
            .Select(p => new { p.CustomerId, p.Amount })
            .ToListAsync(ct);
        var buyers = sales.Select(s => s.CustomerId).Distinct().ToList();
        var returning = await db.Customers.CountAsync(c => buyers.Contains(c.Id) && c.CreatedAt < period.StartUtc, ct);
        var revenue = sales.Sum(s => s.Amount);

        return new Summary(
            period,
            Sales: sales.Count,
            Revenue: revenue,
            AverageSale: sales.Count == 0 ? 0 : revenue / sales.Count,
            NewCustomers: await db.Customers.CountAsync(c => c.CreatedAt >= period.StartUtc && c.CreatedAt < period.EndUtc, ct),
            ReturningCustomers: returning,
            InquiriesLogged: await db.Inquiries.CountAsync(i => i.Source != InquirySource.ReturnRequest && i.CreatedAt >= period.StartUtc && i.CreatedAt < period.EndUtc, ct),
            InquiriesConverted: await db.Inquiries.CountAsync(i => i.Status == InquiryStatus.Converted && i.ClosedAt >= period.StartUtc && i.ClosedAt < period.EndUtc, ct),
            AlertsWaiting: await db.StockAlerts.CountAsync(a => a.Status == StockAlertStatus.Waiting, ct),
            AlertsSent: await db.StockAlerts.CountAsync(a => a.Status == StockAlertStatus.Notified && a.NotifiedAt >= period.StartUtc && a.NotifiedAt < period.EndUtc, ct),
            ComplaintsOpen: await db.Complaints.CountAsync(c => c.Status == ComplaintStatus.Open, ct),
            FollowUpsDue: await db.Inquiries.CountAsync(i => i.Status == InquiryStatus.Open && i.FollowUpOn != null && i.FollowUpOn <= period.LastDay, ct))
        {
            Proactive = await ProactiveAsync(period, ct),
        };
    }

    /// <summary>What the bot sent unasked in the period, what it held back and what it did not send, and why.</summary>
    private async Task<ProactiveCounts> ProactiveAsync(Period period, CancellationToken ct)
    {
        var proactive = db.OutboundMessages.Where(m => m.Purpose != MessagePurpose.Reply);
        var sent = await proactive.CountAsync(m => m.SentAt >= period.StartUtc && m.SentAt < period.EndUtc, ct);
        var heldBack = await proactive.CountAsync(m => m.DelayCount > 0 && m.CreatedAt >= period.StartUtc && m.CreatedAt < period.EndUtc, ct);
        var skipped = await proactive
            .Where(m => m.Status == OutboundStatus.Skipped && m.StatusUpdatedAt >= period.StartUtc && m.StatusUpdatedAt < period.EndUtc)
            .Select(m => m.SkipReason)
            .ToListAsync(ct);
        var reasons = skipped.GroupBy(r => r ?? "other").OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count());
        return new ProactiveCounts(sent, heldBack, skipped.Count, reasons);
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
}

/// <summary>Proactive messages in a period: sent, held back by quiet hours or the cap, and skipped by reason.</summary>
public sealed record ProactiveCounts(int Sent, int HeldBack, int Skipped, IReadOnlyDictionary<string, int> SkipReasons);
