namespace RetailCrm.Bot.Core.Insights.Charts;

/// <summary>
/// Draws an owner's report as a PNG sized for a phone screen. Titles and labels come ready from the Core, in English;
/// amounts are drawn in the store's money format. Empty data (a week without sales) still draws a chart.
/// </summary>
public interface IChartRenderer
{
    /// <summary>One bar per store day, in the order given.</summary>
    byte[] RevenueByDay(RevenueByDayChart chart);

    /// <summary>One bar per segment, in the order given.</summary>
    byte[] SegmentSizes(CountsChart chart);

    /// <summary>One bar per step of an offer's results, widest first, as a funnel reads.</summary>
    byte[] CampaignFunnel(CountsChart chart);
}

/// <param name="Title">"Revenue by day · This week".</param>
/// <param name="Days">Every day of the period, with zero for a day without sales.</param>
public sealed record RevenueByDayChart(string Title, IReadOnlyList<DayRevenue> Days);

public sealed record DayRevenue(DateOnly Day, decimal Revenue);

/// <param name="Title">"Customer segments (RFM)".</param>
/// <param name="Bars">Each bar's label and its count.</param>
public sealed record CountsChart(string Title, IReadOnlyList<CountBar> Bars);

public sealed record CountBar(string Label, int Count);
