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
        foreach (var pattern in (ReadOnlySpan<Regex>)[SizeThenValue(), ValueThenSize(), NumberSize(), Words(), Waist(), LoneLetters()])
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

    /// <summary>
    /// In a product question, a small number right after the item is its size: "levis jeans 34", "woodland shoes 10"
    /// (counts come before the item, prices carry a currency).
    /// </summary>
    public static void AfterItem(SlotWork work)
    {
        if (work.Has(Slots.Size))
        {
            return;
        }

        foreach (Match match in ItemThenNumber().Matches(work.Text))
        {
            if (work.Lexicon.IsItem(work.Lexicon.Fold(match.Groups["w"].Value)))
            {
                var size = match.Groups["s"];
                work.Set(Slots.Size, Canonical(size.Value));
                work.Claim(size.Index, size.Length);
                return;
            }
        }
    }

    private const string SizeWord = "size|saiz|sise|sz|saij";

    [GeneratedRegex(@"\b(?:" + SizeWord + @")\s*[:\-]?\s*(?<s>" + Letters + @"|\d{1,2}(?:\.5)?)(?![\w])")]
    private static partial Regex SizeThenValue();

    [GeneratedRegex(@"(?<![\w.,])(?<s>" + Letters + @"|\d{1,2})\s*(?:" + SizeWord + @")\b")]
    private static partial Regex ValueThenSize();

    // "8 number", "9 no." (read as "9 number"), "8 नंबर": how shoe sizes are said.
    [GeneratedRegex(@"(?<![\w.,])(?<s>\d{1,2})\s*(?:number|nambar|num|numbar)\b")]
    private static partial Regex NumberSize();

    [GeneratedRegex(@"\b(?<w>[a-z]+)\s+(?<s>\d{1,2})\b(?!\s*(?:pcs|pc|pieces?|pis|qty|x|rs|inr|%|k\b|/|\.\d|,\d|\d))")]
    private static partial Regex ItemThenNumber();

    [GeneratedRegex(@"\b(?<s>extra small|extra large|small|medium|large)\b(?:\s*size\b)?")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<![\w.,])(?<s>\d{2})\s*(?:waist|inch|inches)\b")]
    private static partial Regex Waist();

    [GeneratedRegex(@"(?<![\w.])(?<s>" + Letters + @")(?![\w])")]
    private static partial Regex LoneLetters();
}
