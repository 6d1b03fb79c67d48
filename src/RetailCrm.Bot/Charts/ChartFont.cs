using ScottPlot;
using SkiaSharp;

namespace RetailCrm.Bot.Charts;

/// <summary>
/// The one font every chart is drawn in, DejaVu Sans, read from this assembly. ScottPlot asks the machine for fonts,
/// and the ASP.NET container (like any server without fontconfig and fonts installed) has none: charts would come out
/// without a single letter or number. Bundled, the text is the same on every machine, ₹ included.
/// </summary>
public sealed class ChartFont : IFontResolver
{
    /// <summary>A name no system font has, so ScottPlot never picks a machine's font in its place.</summary>
    public const string Name = "RetailCrm Chart Sans";

    private const string Resource = "RetailCrm.Bot.Charts.DejaVuSans.ttf";

    private static readonly Lazy<SKData> Data = new(() =>
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream(Resource)
                           ?? throw new InvalidOperationException($"The chart font {Resource} is not embedded in the app.");
        return SKData.Create(stream);
    });

    private static readonly Lazy<bool> Registered = new(() =>
    {
        Fonts.FontResolvers.Insert(0, new ChartFont());
        Fonts.Default = Name;
        return true;
    });

    /// <summary>Makes ScottPlot draw every text in <see cref="Name"/>; once per process, before the first chart.</summary>
    public static void Register() => _ = Registered.Value;

    /// <summary>The typeface itself: one weight serves titles and labels alike.</summary>
    public static SKTypeface Typeface() => SKTypeface.FromData(Data.Value);

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        fontName == Name ? Typeface() : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == Name ? Typeface() : null;
}
