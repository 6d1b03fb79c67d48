namespace RetailCrm.Bot.Core.Insights;

/// <summary>
/// One buying customer's RFM scores, as the database computes them (<see cref="IRfmScores"/>). Customers with no
/// purchase have no row: they have nothing to score, and are never in an RFM segment (only, while they are new, in
/// <c>new</c>).
/// </summary>
/// <remarks>
/// Each score is the quintile, 1 to 5 (5 is best), of the customer's value among all buying customers:
/// <c>1 + floor(5 × (buyers with a strictly lower value) / buyers)</c>, i.e. <c>RANK()</c> over the value, then
/// scaled to five bands. Without ties this is exactly <c>NTILE(5)</c>; with ties, customers with the same value
/// always get the same score (NTILE would split them arbitrarily), the score of the first of them. So when 60 of 100
/// buyers bought once, all 60 have frequency 1 and the 25 who bought twice start at position 61: frequency 4.
/// Recency ranks the last purchase's time (later is better), frequency the number of purchases, monetary the total
/// spend.
/// </remarks>
public sealed class CustomerRfm
{
    public int CustomerId { get; init; }

    /// <summary>When the customer record was created (first messaged the store, or was first logged by staff).</summary>
    public DateTime JoinedAt { get; init; }

    public DateTime FirstPurchaseAt { get; init; }

    public DateTime LastPurchaseAt { get; init; }

    public int Purchases { get; init; }

    public decimal Spend { get; init; }

    /// <summary>1 (bought longest ago) to 5 (bought most recently).</summary>
    public int Recency { get; init; }

    /// <summary>1 (fewest purchases) to 5 (most purchases).</summary>
    public int Frequency { get; init; }

    /// <summary>1 (spent least) to 5 (spent most).</summary>
    public int Monetary { get; init; }
}

/// <summary>
/// Every buying customer's RFM scores as a query: window functions the database runs in one pass over the purchases,
/// composable with LINQ (a segment's members are <c>Where</c> over it), so nothing is loaded to score a customer.
/// </summary>
public interface IRfmScores
{
    IQueryable<CustomerRfm> Scores();
}
