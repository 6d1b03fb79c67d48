namespace RetailCrm.Bot.Core.Ai;

/// <summary>Tokens spent on one day for one purpose: what the daily budget is checked against.</summary>
public sealed class AiUsage
{
    public int Id { get; set; }

    /// <summary>The store-local day.</summary>
    public DateOnly Day { get; set; }

    public required string Purpose { get; set; }

    public int Calls { get; set; }

    public long Tokens { get; set; }
}
