using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Insights;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Insights;

/// <summary>
/// The insight queries on the store of <see cref="InsightsTestBase.SeedStoreAsync"/>, checked against values worked
/// out by hand, on a real database. Each score is 1 + floor(5 × (rank − 1) / 10) over the 10 buyers, RANK() giving
/// tied values the first position: ranks 1–2 score 1, 3–4 score 2, 5–6 score 3, 7–8 score 4, 9–10 score 5.
/// </summary>
public abstract class InsightQueryTests(Db db) : InsightsTestBase(db)
{
    [Fact]
    public async Task Rfm_scores_are_quintiles_with_ties_sharing_the_first_score_and_each_buyer_is_in_one_segment()
    {
        await SeedStoreAsync();

        // Recency, oldest last purchase first: A(400) B(300) C(180) D(170) E(95) F(50) H(8) G(5) I(3) J(2): ranks 1..10.
        // Frequency: A D I J bought once (rank 1, all four score 1: NTILE would have split them 1,1,2,2); B F twice
        // (rank 5: 3); C H three times (rank 7: 4); E four (rank 9: 5); G five (rank 10: 5).
        // Monetary: D 300 (1), I 400 (2), A B 1000 (rank 3 both: 2), J 1500 (5: 3), F 1600 (6: 3), H 2100 (7: 4),
        // C 6000 (8: 4), E 12000 (9: 5), G 25000 (10: 5).
        var expected = new Dictionary<char, (int R, int F, int M)>
        {
            ['A'] = (1, 1, 2), ['B'] = (1, 3, 2), ['C'] = (2, 4, 4), ['D'] = (2, 1, 1), ['E'] = (3, 5, 5),
            ['F'] = (3, 3, 3), ['G'] = (4, 5, 5), ['H'] = (4, 4, 4), ['I'] = (5, 1, 1), ['J'] = (5, 1, 3),
        };
        var scores = await WithAsync<IRfmScores, List<CustomerRfm>>(rfm => rfm.Scores().ToListAsync());

        Assert.Equal(10, scores.Count); // K and L have bought nothing: no scores
        foreach (var (letter, (r, f, m)) in expected)
        {
            var score = Assert.Single(scores, s => s.CustomerId == Customers[letter].Id);
            Assert.True((r, f, m) == (score.Recency, score.Frequency, score.Monetary),
                $"{letter}: expected R{r} F{f} M{m}, got R{score.Recency} F{score.Frequency} M{score.Monetary}");
        }

        var g = Assert.Single(scores, s => s.CustomerId == Customers['G'].Id);
        Assert.Equal((5, 25000m), (g.Purchases, g.Spend));

        // new: J (joined 10 days ago, first bought 2 days ago) and K (joined 5 days ago, nothing bought).
        // champions (R, F, M ≥ 4): G, H. loyal (F ≥ 4, R ≥ 3): E. at_risk (R ≤ 2, F ≥ 3): B, C.
        // hibernating (R ≤ 2, F ≤ 2): A, D. others: F (3,3,3), I (5,1,1). Not bought and not new: L.
        var sizes = await WithAsync<RfmReport, SegmentSizes>(r => r.SizesAsync(CancellationToken.None));
        Assert.Equal(
            new Dictionary<string, int> { ["champions"] = 2, ["loyal"] = 1, ["at_risk"] = 2, ["hibernating"] = 2, ["new"] = 2, ["others"] = 2 },
            sizes.Counts);
        Assert.Equal((10, 1), (sizes.Buyers, sizes.NotBought));

        // As offer audiences: only those who agreed to offers (C did not).
        foreach (var (segment, members) in new[] { ("champions", "GH"), ("loyal", "E"), ("at_risk", "B"), ("hibernating", "AD"), ("new", "JK") })
        {
            var ids = await WithAsync<Segments, List<int>>(s => s.Members(segment).Select(c => c.Id).OrderBy(id => id).ToListAsync());
            Assert.Equal(members.Select(l => Customers[l].Id).Order(), ids);
        }
    }

    [Fact]
    public async Task Repeat_rate_average_bill_and_customer_value_all_time_and_this_month()
    {
        await SeedStoreAsync();

        // All time: 10 buyers; B C E F G H bought more than once (6, 60%); 23 sales, ₹50,900:
        // average bill 50,900 / 23 = ₹2,213.04; value per customer 50,900 / 10 = ₹5,090.
        var allTime = await WithAsync<CustomerStats, BuyingStats>(s => s.BuyingAsync(null, CancellationToken.None));
        Assert.Equal(new BuyingStats(10, 6, 23, 50900m), Rounded(allTime));
        Assert.Equal(0.6, allTime.RepeatRate, 3);
        Assert.Equal(2213.04m, Math.Round(allTime.AverageBill, 2));
        Assert.Equal(5090m, Math.Round(allTime.ValuePerCustomer, 2));

        // November in store time starts 31 Oct 18:30 UTC, so H's purchase at 31 Oct 20:00 UTC is November's.
        // Buyers: G (20, 10, 5 days ago), H (31 Oct 20:00 UTC, 15, 8), I (3), J (2): 4. G and H have more than one
        // purchase by the month's end, I and J one: repeat rate 2 / 4 = 50%. Sales 3 + 3 + 1 + 1 = 8, revenue
        // 15,000 + 2,100 + 400 + 1,500 = ₹19,000: average bill ₹2,375.
        var month = await WithAsync<CustomerStats, BuyingStats>(s => s.BuyingAsync(Period.For("month", StoreClock()), CancellationToken.None));
        Assert.Equal(new BuyingStats(4, 2, 8, 19000m), Rounded(month));
        Assert.Equal(2375m, Math.Round(month.AverageBill, 2));

        // 12 customers; all but C may get offers (11); J and K joined this month.
        var counts = await WithAsync<CustomerStats, CustomerCounts>(s => s.CountAsync(Period.For("month", StoreClock()).StartUtc, CancellationToken.None));
        Assert.Equal(new CustomerCounts(12, 11, 2), counts);
    }

    [Fact]
    public async Task Monthly_cohorts_in_store_months_and_their_retention()
    {
        await SeedStoreAsync();

        // The last six store months, June to November 2026. First purchases in them (A, B, C first bought before June):
        // June: D (8 Jun), E (28 Jun); E bought again in July (28 Jul) and August (17, 22 Aug).
        // September: F (26 Sep), again in October (6 Oct).
        // October: G (16 Oct), again in November.
        // November: H (31 Oct 20:00 UTC is 1 Nov in store time), I, J.
        var cohorts = await WithAsync<CustomerStats, IReadOnlyList<Cohort>>(s => s.CohortsAsync(6, CancellationToken.None));

        Assert.Equal(
            [
                "2026-06: 2 → 1 1 0 0 0",
                "2026-07: 0 → 0 0 0 0",
                "2026-08: 0 → 0 0 0",
                "2026-09: 1 → 1 0",
                "2026-10: 1 → 1",
                "2026-11: 3 →",
            ],
            cohorts.Select(c => $"{c.Month:yyyy-MM}: {c.Customers} →{string.Concat(c.Returned.Select(r => $" {r}"))}"));
        Assert.Equal(0.5, cohorts[0].Retention(1), 3); // 1 of June's 2 bought in July
        Assert.Equal(1.0, cohorts[3].Retention(1), 3); // September's 1 bought in October
    }

    private Core.Store.StoreClock StoreClock() => App.Services.GetRequiredService<Core.Store.StoreClock>();

    /// <summary>SQLite keeps money as REAL: sums are compared to the paisa.</summary>
    private static BuyingStats Rounded(BuyingStats s) => s with { Revenue = Math.Round(s.Revenue, 2) };
}

public sealed class SqliteInsightQueryTests() : InsightQueryTests(Db.Sqlite);

public sealed class PostgresInsightQueryTests() : InsightQueryTests(Db.Postgres);
