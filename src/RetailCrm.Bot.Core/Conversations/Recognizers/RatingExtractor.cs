using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>A 1 to 5 rating: "5 stars", "4/5", "4 out of 5", "rating 4", "five stars", a row of ⭐, or a bare digit.</summary>
internal static partial class RatingExtractor
{
    public static string? Find(string lower)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[OutOfFive(), DigitStars(), RatingWord(), Alone()])
        {
            var match = pattern.Match(lower);
            if (match.Success)
            {
                return match.Groups["n"].Value;
            }
        }

        if (WordStars().Match(lower) is { Success: true } word)
        {
            return word.Groups["w"].Value switch
            {
                "one" or "ek" => "1",
                "two" or "do" => "2",
                "three" or "teen" => "3",
                "four" or "char" => "4",
                _ => "5",
            };
        }

        // The emoji became the word "star" in normalization; a row of them is the rating.
        var stars = Star().Count(lower);
        return stars is >= 1 and <= 5 ? stars.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?<![\d.])(?<n>[1-5])\s*(?:/|out of)\s*5\b")]
    private static partial Regex OutOfFive();

    [GeneratedRegex(@"(?<![\d.])(?<n>[1-5])\s*(?:stars?|\*|marks|star|istar|dunga|dungi|dete|diya|diye|de raha|de rahi|dena)")]
    private static partial Regex DigitStars();

    [GeneratedRegex(@"\b(?:rating|rate|rated|give|gave|giving)\b\D{0,20}?(?<n>[1-5])\b")]
    private static partial Regex RatingWord();

    [GeneratedRegex(@"^\W*(?<n>[1-5])\W*$")]
    private static partial Regex Alone();

    [GeneratedRegex(@"\b(?<w>one|two|three|four|five|ek|do|teen|char|paanch)\s*stars?\b")]
    private static partial Regex WordStars();

    [GeneratedRegex(@"\bstar\b")]
    private static partial Regex Star();
}
