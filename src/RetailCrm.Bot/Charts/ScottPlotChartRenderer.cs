using RetailCrm.Bot.Core.Insights.Charts;
using RetailCrm.Bot.Core.Store;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace RetailCrm.Bot.Charts;

/// <summary>
/// The owner's charts with ScottPlot, as PNGs a phone shows full width: 800 × 500, large type, bars labelled with their
/// values so nobody has to read them off an axis.
/// </summary>
public sealed class ScottPlotChartRenderer : IChartRenderer
{
    public const int Width = 800;
    public const int Height = 500;

    /// <summary>With more bars than this, value labels would overlap: only the axis carries the numbers.</summary>
    private const int MostLabelledBars = 10;

    /// <summary>At most this many day names along the bottom; a month labels every few days.</summary>
    private const int MostDayLabels = 8;

    private static readonly Color Revenue = Color.FromHex("#2E7D32");
    private static readonly Color Segments = Color.FromHex("#1565C0");
    private static readonly Color Funnel = Color.FromHex("#EF6C00");

    private readonly StoreFormat _format;

    public ScottPlotChartRenderer(StoreFormat format)
    {
        _format = format;
        ChartFont.Register();
    }

    public byte[] RevenueByDay(RevenueByDayChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = NewPlot(chart.Title);
        var days = chart.Days;
        var bars = days.Select((d, i) => new Bar
        {
            Position = i,
            Value = (double)d.Revenue,
            FillColor = Revenue,
            LineWidth = 0,
            Label = days.Count <= MostLabelledBars && d.Revenue > 0 ? _format.Money(d.Revenue) : "",
        }).ToList();
        var plotted = plot.Add.Bars(bars);
        plotted.ValueLabelStyle.FontSize = 16;

        var every = Math.Max(1, (int)Math.Ceiling(days.Count / (double)MostDayLabels));
        var dayFormat = days.Count <= 7 ? "ddd d" : "d MMM";
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            days.Select((_, i) => (double)i).Where((_, i) => i % every == 0).ToArray(),
            days.Where((_, i) => i % every == 0).Select(d => d.Day.ToString(dayFormat, _format.Culture)).ToArray());
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = v => _format.Money((decimal)v), IntegerTicksOnly = true };
        FromZero(plot, days.Count == 0 ? 0 : (double)days.Max(d => d.Revenue), horizontal: false, _format.Money(0), "No sales in this period");
        plot.HideGrid();
        return Png(plot);
    }

    public byte[] SegmentSizes(CountsChart chart) => Counts(chart, Segments);

    public byte[] CampaignFunnel(CountsChart chart) => Counts(chart, Funnel);

    /// <summary>Horizontal bars, the first at the top, each with its count at its end.</summary>
    private byte[] Counts(CountsChart chart, Color color)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = NewPlot(chart.Title);
        var count = chart.Bars.Count;
        var bars = chart.Bars.Select((b, i) => new Bar
        {
            Position = count - 1 - i,
            Value = b.Count,
            FillColor = color,
            LineWidth = 0,
            Label = b.Count.ToString("N0", _format.Culture),
        }).ToList();
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plotted.ValueLabelStyle.FontSize = 16;

        plot.Axes.Left.TickGenerator = new NumericManual(
            chart.Bars.Select((_, i) => (double)(count - 1 - i)).ToArray(),
            chart.Bars.Select(b => b.Label).ToArray());
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = v => v.ToString("N0", _format.Culture), IntegerTicksOnly = true };
        FromZero(plot, count == 0 ? 0 : chart.Bars.Max(b => b.Count), horizontal: true, "0", "Nothing to count yet");
        plot.HideGrid();
        return Png(plot);
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Title(title, size: 22);
        plot.Font.Set(ChartFont.Name);
        plot.Axes.Left.TickLabelStyle.FontSize = 15;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 15;
        return plot;
    }

    /// <summary>
    /// The value axis starts at zero, as bars must, with room beyond the longest bar for its label. With nothing to show
    /// (a week without sales) the chart says so in words, and its axis shows zero alone rather than made-up steps.
    /// </summary>
    private static void FromZero(Plot plot, double largest, bool horizontal, string zero, string nothing)
    {
        plot.Axes.AutoScale();
        IAxis valueAxis = horizontal ? plot.Axes.Bottom : plot.Axes.Left;
        if (largest <= 0)
        {
            valueAxis.TickGenerator = new NumericManual([0], [zero]);
            var note = plot.Add.Annotation(nothing, Alignment.MiddleCenter);
            note.LabelFontSize = 20;
            note.LabelFontColor = Colors.Gray;
            note.LabelBackgroundColor = Colors.Transparent;
            note.LabelBorderWidth = 0;
            note.LabelShadowColor = Colors.Transparent;
        }

        var top = largest > 0 ? largest * 1.15 : 1;
        if (horizontal)
        {
            plot.Axes.SetLimitsX(0, top);
        }
        else
        {
            plot.Axes.SetLimitsY(0, top);
        }
    }

    private static byte[] Png(Plot plot) => plot.GetImageBytes(Width, Height, ImageFormat.Png);
}
