using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// Garment sizes (S to XXXL, "medium", "2XL") and numeric shoe or waist sizes ("size 10", "34 waist").
/// A lone letter counts as a size only where a product is being talked about; the caller decides that.
/// </summary>
internal static partial class SizeExtractor
{
    public static void Extract(SlotWork work)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[SizeThenValue(), ValueThenSize(), Words(), Waist(), LoneLetters()])
        {
            var match = pattern.Match(work.Text);
            if (match.Success)
            {
                work.Set(Slots.Size, Canonical(match.Groups["s"].Value));
                work.Claim(match);
                return;
            }
        }
    }

    internal static string Canonical(string size) => size switch
    {
        "small" => "S",
        "extra small" => "XS",
        "medium" => "M",
        "large" => "L",
        "extra large" => "XL",
        "2xl" => "XXL",
        "3xl" => "XXXL",
        _ when char.IsAsciiDigit(size[0]) => size.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0",
        _ => size.ToUpperInvariant(),
    };

    private const string Letters = "xxxl|xxl|xl|xs|s|m|l|2xl|3xl";

    [GeneratedRegex(@"\bsize\s*[:\-]?\s*(?<s>" + Letters + @"|\d{1,2}(?:\.5)?)(?![\w])")]
    private static partial Regex SizeThenValue();

    [GeneratedRegex(@"(?<![\w.,])(?<s>" + Letters + @"|\d{1,2})\s*size\b")]
    private static partial Regex ValueThenSize();

    [GeneratedRegex(@"\b(?<s>extra small|extra large|small|medium|large)\b(?:\s*size\b)?")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<![\w.,])(?<s>\d{2})\s*(?:waist|inch|inches)\b")]
    private static partial Regex Waist();

    [GeneratedRegex(@"(?<![\w.])(?<s>" + Letters + @")(?![\w])")]
    private static partial Regex LoneLetters();
}
