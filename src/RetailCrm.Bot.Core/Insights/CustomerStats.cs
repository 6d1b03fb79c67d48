using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>
/// How many customers the store has and how they buy: repeat rate, average bill, historic customer value and monthly
/// cohorts. Each is one grouped query the database answers (purchases are counted and summed in SQL), whatever the
/// number of purchases.
/// </summary>
public sealed class CustomerStats(ICrmDbContext db, StoreClock clock)
{
    /// <summary>Every customer record, those who may get offers, and those who joined since <paramref name="joinedSince"/>.</summary>
    public async Task<CustomerCounts> CountAsync(DateTime joinedSince, CancellationToken ct)
    {
        var counts = await db.Customers
            .GroupBy(_ => 1)
            .Select(g => new CustomerCounts(
                g.Count(),
                g.Count(c => c.OptedOutAt == null && c.MarketingConsentAt != null),
                g.Count(c => c.CreatedAt >= joinedSince)))
            .SingleOrDefaultAsync(ct);
        return counts ?? new CustomerCounts(0, 0, 0);
    }

    /// <summary>
    /// The buying numbers for a period (all time when null). A buyer is a customer with a purchase in the period; a
    /// repeat buyer one of them with at least two purchases up to the period's end (bought before it, or twice in it).
    /// Sales and revenue are the period's purchases.
    /// </summary>
    public async Task<BuyingStats> BuyingAsync(Period? period, CancellationToken ct)
    {
        var start = period?.StartUtc;
        var purchases = period is null ? db.Purchases : db.Purchases.Where(p => p.PurchasedAt < period.EndUtc);
        var stats = await purchases
            .GroupBy(p => p.CustomerId)
            .Select(g => new
            {
                Purchases = g.Count(),
                InPeriod = g.Count(p => start == null || p.PurchasedAt >= start),
                Revenue = g.Sum(p => start == null || p.PurchasedAt >= start ? p.Amount : 0m),
            })
            .Where(c => c.InPeriod > 0)
            .GroupBy(_ => 1)
            .Select(g => new BuyingStats(g.Count(), g.Count(c => c.Purchases >= 2), g.Sum(c => c.InPeriod), g.Sum(c => c.Revenue)))
            .SingleOrDefaultAsync(ct);
        return stats ?? new BuyingStats(0, 0, 0, 0m);
    }

    /// <summary>
    /// Monthly cohorts: the customers whose first purchase fell in each of the last <paramref name="months"/> store
    /// months (this one included), and how many of them bought again in each later month. Months are the store's
    /// calendar months; their bounds are computed here and compared in SQL, so no provider needs time zone support.
    /// </summary>
    public async Task<IReadOnlyList<Cohort>> CohortsAsync(int months, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.LocalNow);
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - months);
        var starts = Enumerable.Range(0, months).Select(i => firstMonth.AddMonths(i)).ToList();
        var startsUtc = starts.Select(m => clock.ToUtc(m.ToDateTime(TimeOnly.MinValue))).ToList();
        var from = startsUtc[0];

        var firsts = db.Purchases.GroupBy(p => p.CustomerId).Select(g => new { CustomerId = g.Key, First = g.Min(p => p.PurchasedAt) });
        var rows = db.Purchases
            .Where(p => p.PurchasedAt >= from)
            .Join(firsts.Where(f => f.First >= from), p => p.CustomerId, f => f.CustomerId,
                (p, f) => new CohortPurchase { CustomerId = p.CustomerId, FirstAt = f.First, At = p.PurchasedAt });
        var cells = await rows
            .Select(InMonths(startsUtc))
            .Distinct()
            .GroupBy(c => new { c.Cohort, c.Month })
            .Select(g => new { g.Key.Cohort, g.Key.Month, Customers = g.Count() })
            .ToListAsync(ct);

        return starts.Select((start, cohort) =>
        {
            var size = cells.Where(c => c.Cohort == cohort && c.Month == cohort).Sum(c => c.Customers);
            var later = Enumerable.Range(cohort + 1, months - cohort - 1)
                .Select(month => cells.Where(c => c.Cohort == cohort && c.Month == month).Sum(c => c.Customers))
                .ToList();
            return new Cohort(start, size, later);
        }).ToList();
    }

    /// <summary>
    /// Each purchase's cohort and month as indexes into <paramref name="startsUtc"/>: a CASE per date, latest month
    /// first (<c>CASE WHEN at &gt;= m5 THEN 5 WHEN at &gt;= m4 THEN 4 … ELSE 0 END</c>).
    /// </summary>
    private static Expression<Func<CohortPurchase, CohortCell>> InMonths(List<DateTime> startsUtc)
    {
        var row = Expression.Parameter(typeof(CohortPurchase), "r");
        Expression MonthOf(string property)
        {
            var at = Expression.Property(row, property);
            Expression index = Expression.Constant(0);
            for (var i = 1; i < startsUtc.Count; i++)
            {
                index = Expression.Condition(Expression.GreaterThanOrEqual(at, Expression.Constant(startsUtc[i])), Expression.Constant(i), index);
            }

            return index;
        }

        var cell = Expression.MemberInit(
            Expression.New(typeof(CohortCell)),
            Expression.Bind(typeof(CohortCell).GetProperty(nameof(CohortCell.CustomerId))!, Expression.Property(row, nameof(CohortPurchase.CustomerId))),
            Expression.Bind(typeof(CohortCell).GetProperty(nameof(CohortCell.Cohort))!, MonthOf(nameof(CohortPurchase.FirstAt))),
            Expression.Bind(typeof(CohortCell).GetProperty(nameof(CohortCell.Month))!, MonthOf(nameof(CohortPurchase.At))));
        return Expression.Lambda<Func<CohortPurchase, CohortCell>>(cell, row);
    }

    private sealed class CohortPurchase
    {
        public int CustomerId { get; init; }

        public DateTime FirstAt { get; init; }

        public DateTime At { get; init; }
    }

    private sealed class CohortCell
    {
        public int CustomerId { get; init; }

        public int Cohort { get; init; }

        public int Month { get; init; }
    }
}

public sealed record CustomerCounts(int Customers, int GetOffers, int Joined);

public sealed record BuyingStats(int Buyers, int RepeatBuyers, int Sales, decimal Revenue)
{
    /// <summary>Repeat buyers ÷ buyers, 0 to 1.</summary>
    public double RepeatRate => Buyers == 0 ? 0 : (double)RepeatBuyers / Buyers;

    /// <summary>Average order value: revenue ÷ sales.</summary>
    public decimal AverageBill => Sales == 0 ? 0 : Revenue / Sales;

    /// <summary>Historic customer value: revenue ÷ buyers (what a buying customer has spent, on average).</summary>
    public decimal ValuePerCustomer => Buyers == 0 ? 0 : Revenue / Buyers;
}

/// <summary>
/// The customers whose first purchase was in <paramref name="Month"/> (<paramref name="Customers"/>), and how many of
/// them bought in each following month (<paramref name="Returned"/>[0] is the month after).
/// </summary>
public sealed record Cohort(DateOnly Month, int Customers, IReadOnlyList<int> Returned)
{
    /// <summary>The share of the cohort who bought in the <paramref name="monthsLater"/>th month after its first (1 = the next).</summary>
    public double Retention(int monthsLater) => Customers == 0 ? 0 : (double)Returned[monthsLater - 1] / Customers;
}
