using System.Text;
using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// Two views of a message: <see cref="Lower"/> keeps the punctuation slot patterns need ("rs.", "/-", "#15",
/// "3/5"); <see cref="Canonical"/> is bare words with typos and Hinglish spellings folded, for intent rules.
/// </summary>
internal static partial class TextNormalizer
{
    /// <summary>Stands in for a phone number; a word nobody types, so no rule or slot reads it by accident.</summary>
    public const string PhoneToken = "phonenum";

    public static string Lower(string original, IReadOnlyList<PhoneMatch> phones)
    {
        var text = new StringBuilder(original.Length + 16);
        var position = 0;
        foreach (var phone in phones)
        {
            text.Append(original, position, phone.Start - position).Append(' ').Append(PhoneToken).Append(' ');
            position = phone.End;
        }

        text.Append(original, position, original.Length - position);

        // Star emoji are ratings, "₹" is the rupee; apostrophes go so "it's" stays one word and never leaves
        // a stray "s" that reads as a size.
        text.Replace("\u2B50", " star ").Replace("\U0001F31F", " star ").Replace("\u2605", " star ")
            .Replace("\u20B9", " rs ").Replace("'", "").Replace("\u2019", "").Replace("\u2018", "").Replace("`", "")
            .Replace('\u2013', '-').Replace('\u2014', '-');
        return Spaces().Replace(text.ToString().ToLowerInvariant(), " ").Trim();
    }

    public static string Canonical(string lower) => string.Join(' ', CanonicalTokens(lower));

    public static string[] CanonicalTokens(string lower)
    {
        var words = new List<string>();
        foreach (Match word in Word().Matches(lower))
        {
            words.Add(CanonicalWords.Fold(Elongation().Replace(word.Value, "$1")));
        }

        return CanonicalWords.FoldPhrases(string.Join(' ', words))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // Digits and letters typed together are two words: "5star", "6pcs", "x12".
    [GeneratedRegex(@"\p{L}+|\p{N}+")]
    private static partial Regex Word();

    // "hiiii", "pleaseee", "summaryyy": three or more of a letter is emphasis. x is left alone for XXL.
    [GeneratedRegex(@"([a-wyz])\1{2,}")]
    private static partial Regex Elongation();
}
