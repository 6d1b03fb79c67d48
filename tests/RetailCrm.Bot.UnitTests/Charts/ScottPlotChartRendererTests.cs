using System.Buffers.Binary;
using System.Text;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Charts;
using RetailCrm.Bot.Core.Insights.Charts;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.UnitTests.Charts;

/// <summary>Every chart an owner can get is a real PNG of the size a phone shows, with or without data.</summary>
public sealed class ScottPlotChartRendererTests
{
    private static readonly ScottPlotChartRenderer Renderer = new(new StoreFormat(Options.Create(new StoreOptions())));

    private static readonly DateOnly Monday = new(2026, 11, 23);

    public static TheoryData<string> Charts() => new(Drawn.Keys);

    private static readonly Dictionary<string, Func<byte[]>> Drawn = new()
    {
        ["a week of revenue"] = () => Renderer.RevenueByDay(new RevenueByDayChart("Revenue by day · This week", Week(1200m, 0m, 18450m, 999.5m, 0m, 3000m, 250m))),
        ["a month of revenue"] = () => Renderer.RevenueByDay(new RevenueByDayChart("Revenue by day · This month",
            Enumerable.Range(0, 30).Select(i => new DayRevenue(Monday.AddDays(i - 29), i % 3 * 1500m)).ToList())),
        ["a week without sales"] = () => Renderer.RevenueByDay(new RevenueByDayChart("Revenue by day · This week", Week(0m, 0m, 0m))),
        ["no days at all"] = () => Renderer.RevenueByDay(new RevenueByDayChart("Revenue by day · This week", [])),
        ["segment sizes"] = () => Renderer.SegmentSizes(new CountsChart("Customers by segment (RFM)",
            [new("champions", 2), new("loyal", 1), new("at risk", 2), new("hibernating", 2), new("new", 2), new("others", 2), new("not bought yet", 1)])),
        ["empty segments"] = () => Renderer.SegmentSizes(new CountsChart("Customers by segment (RFM)", [new("champions", 0), new("others", 0)])),
        ["an offer's funnel"] = () => Renderer.CampaignFunnel(new CountsChart("Offer to all customers, sent Sun 15 Nov",
            [new("queued", 120), new("sent", 118), new("delivered", 110), new("read", 64), new("replied", 9), new("bought", 4)])),
        ["an offer nobody got yet"] = () => Renderer.CampaignFunnel(new CountsChart("Offer to vip customers",
            [new("queued", 0), new("sent", 0), new("delivered", 0), new("read", 0), new("replied", 0), new("bought", 0)])),
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Each_chart_is_a_png_sized_for_a_phone(string chart)
    {
        var png = Drawn[chart]();

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        // The first chunk is IHDR: its length (13), its type, then width and height, big-endian.
        Assert.Equal(13, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(8, 4)));
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(ScottPlotChartRenderer.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(ScottPlotChartRenderer.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.Equal("IEND", Encoding.ASCII.GetString(png, png.Length - 8, 4));
        // A blank canvas of this size compresses to a few hundred bytes; bars, axes and text make kilobytes.
        Assert.InRange(png.Length, 5_000, 500_000);
    }

    /// <summary>
    /// Text is drawn in the font inside the app, never the machine's: a server or container without fonts would
    /// otherwise get charts with no words or numbers at all. The font has the store's currency sign.
    /// </summary>
    [Fact]
    public void Charts_are_lettered_in_the_bundled_font_which_has_the_rupee_sign()
    {
        ChartFont.Register();

        var typeface = ScottPlot.Fonts.GetTypeface(ScottPlot.Fonts.Default, bold: false, italic: false);
        Assert.Equal(ChartFont.Name, ScottPlot.Fonts.Default);
        Assert.Equal("DejaVu Sans", typeface.FamilyName);
        Assert.True(typeface.ContainsGlyphs("₹0123456789,· Revenue by day"));
    }

    private static List<DayRevenue> Week(params decimal[] revenue) =>
        revenue.Select((r, i) => new DayRevenue(Monday.AddDays(i), r)).ToList();
}
