using System.Text;
using System.Text.RegularExpressions;
using RetailCrm.Bot.Core.Conversations.Understanding;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// Two views of a message: <see cref="Lower"/> keeps the punctuation slot patterns need ("rs.", "/-", "#15",
/// "3/5"); <see cref="CanonicalTokens"/> is bare words with typos, Hinglish and Hindi spellings folded by the
/// lexicon, for intent rules and the model. Devanagari is written in Roman letters first, so "लाल साड़ी" is read
/// like "lal sadi" and then, through the lexicon, like "red saree".
/// </summary>
internal static partial class TextNormalizer
{
    /// <summary>Stands in for a phone number; a word nobody types, so no rule or slot reads it by accident.</summary>
    public const string PhoneToken = "phonenum";

    /// <summary>Devanagari digits as ASCII, one character for one, so positions found in either text agree.</summary>
    public static string AsciiDigits(string text)
    {
        if (!text.Any(c => c is >= '\u0966' and <= '\u096F'))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u0966' and <= '\u096F')
            {
                chars[i] = (char)('0' + (chars[i] - '\u0966'));
            }
        }

        return new string(chars);
    }

    public static string Lower(string original, IReadOnlyList<PhoneMatch> phones)
    {
        var text = new StringBuilder(original.Length + 16);
        var position = 0;
        foreach (var phone in phones)
        {
            text.Append(Devanagari.ToRoman(original[position..phone.Start])).Append(' ').Append(PhoneToken).Append(' ');
            position = phone.End;
        }

        text.Append(Devanagari.ToRoman(original[position..]));

        // Star emoji are ratings, "₹" is the rupee; apostrophes go so "it's" stays one word and never leaves
        // a stray "s" that reads as a size.
        text.Replace("\u2B50", " star ").Replace("\U0001F31F", " star ").Replace("\u2605", " star ")
            .Replace("\u20B9", " rs ").Replace("'", "").Replace("\u2019", "").Replace("\u2018", "").Replace("`", "")
            .Replace('\u2013', '-').Replace('\u2014', '-');
        var lower = Spaces().Replace(text.ToString().ToLowerInvariant(), " ").Trim();
        // "9 no." is "number 9" (a size), not "no".
        return NumberNo().Replace(lower, "$1 number");
    }

    public static string[] CanonicalTokens(string lower, Lexicon lexicon)
    {
        var words = new List<string>();
        foreach (Match word in Word().Matches(lower))
        {
            words.Add(lexicon.Fold(Elongation().Replace(word.Value, "$1")));
        }

        return CanonicalWords.FoldPhrases(string.Join(' ', words))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Emoji and other pictographs, each once: "😡😡" says as much as words do.</summary>
    public static IEnumerable<string> Pictographs(string original)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < original.Length; i += char.IsSurrogatePair(original, i) ? 2 : 1)
        {
            var symbol = char.IsSurrogatePair(original, i) ? original.Substring(i, 2) : original[i].ToString();
            var category = char.GetUnicodeCategory(original, i);
            if (category is System.Globalization.UnicodeCategory.OtherSymbol && seen.Add(symbol))
            {
                yield return symbol;
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\d)\s*no\b\.?")]
    private static partial Regex NumberNo();

    // Digits and letters typed together are two words: "5star", "6pcs", "x12".
    [GeneratedRegex(@"\p{L}+|\p{N}+")]
    private static partial Regex Word();

    // "hiiii", "pleaseee", "summaryyy": three or more of a letter is emphasis. x is left alone for XXL.
    [GeneratedRegex(@"([a-wyz])\1{2,}")]
    private static partial Regex Elongation();
}
