using System.Linq.Expressions;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>
/// The named RFM segments. Every buying customer is in exactly one: the first rule below that holds, in this order,
/// on the scores of <see cref="CustomerRfm"/> (R recency, F frequency, M monetary, each 1–5, 5 best):
/// <list type="number">
/// <item><c>new</c>: joined within <c>Engagement:NewCustomerWithin</c> and bought nothing before it. (Customers who
/// joined that recently and have not bought yet are <c>new</c> too; they have no scores.)</item>
/// <item><c>champions</c>: R ≥ 4, F ≥ 4 and M ≥ 4: bought lately, often, and spent the most.</item>
/// <item><c>loyal</c>: F ≥ 4 and R ≥ 3: buy often and still come, but are not champions.</item>
/// <item><c>at_risk</c>: R ≤ 2 and F ≥ 3: used to buy regularly, have not lately.</item>
/// <item><c>hibernating</c>: R ≤ 2 (and so F ≤ 2): bought little, long ago.</item>
/// <item><c>others</c>: everyone else (say a recent customer who buys now and then); not a segment offers go to.</item>
/// </list>
/// The rules are one expression, so SQL evaluates them (a CASE) for counts and for a segment's members alike.
/// </summary>
public static class RfmSegments
{
    public const string Champions = "champions";
    public const string Loyal = "loyal";
    public const string AtRisk = "at_risk";
    public const string Hibernating = "hibernating";
    public const string New = "new";
    public const string Others = "others";

    /// <summary>The named segments, in the order reports list them.</summary>
    public static readonly IReadOnlyList<string> Names = [Champions, Loyal, AtRisk, Hibernating, New];

    /// <summary>The segment of a scored customer; <paramref name="newSince"/> is now minus Engagement:NewCustomerWithin.</summary>
    public static Expression<Func<CustomerRfm, string>> SegmentOf(DateTime newSince) => s =>
        s.JoinedAt >= newSince && s.FirstPurchaseAt >= newSince ? New
        : s.Recency >= 4 && s.Frequency >= 4 && s.Monetary >= 4 ? Champions
        : s.Frequency >= 4 && s.Recency >= 3 ? Loyal
        : s.Recency <= 2 && s.Frequency >= 3 ? AtRisk
        : s.Recency <= 2 ? Hibernating
        : Others;

    /// <summary>Whether a scored customer is in <paramref name="segment"/>: <see cref="SegmentOf"/> compared in SQL.</summary>
    public static Expression<Func<CustomerRfm, bool>> In(string segment, DateTime newSince)
    {
        var of = SegmentOf(newSince);
        return Expression.Lambda<Func<CustomerRfm, bool>>(Expression.Equal(of.Body, Expression.Constant(segment)), of.Parameters);
    }

    /// <summary>What a segment means, for the owner's report.</summary>
    public static string Describe(string segment) => segment switch
    {
        Champions => "buy often, lately, and spend the most",
        Loyal => "buy often and still come",
        AtRisk => "used to buy often, not lately",
        Hibernating => "bought little, long ago",
        New => "joined lately, nothing bought before",
        _ => "everyone else who has bought",
    };
}
