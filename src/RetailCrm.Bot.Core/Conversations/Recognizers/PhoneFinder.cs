using System.Text.RegularExpressions;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// Finds phone numbers however staff type them ("98765 43210", "+91-91234-56780", "09876543210") without
/// swallowing the number next to them: in "sale 9876543210 2499" the sale amount must stay an amount.
/// </summary>
internal sealed partial class PhoneFinder(PhoneNumberNormalizer normalizer)
{
    // Indian mobiles are 10 digits; with a trunk 0 or the 91 country code they reach 12 or 13.
    private const int MinDigits = 10;
    private const int MaxDigits = 13;

    public IReadOnlyList<PhoneMatch> Find(string text)
    {
        var found = new List<PhoneMatch>();
        foreach (Match run in DigitRun().Matches(text))
        {
            FindInRun(run, found);
        }

        return found;
    }

    /// <summary>
    /// A run is digit groups joined by single separators. From each group, the longest following stretch
    /// that libphonenumber accepts is a phone; what is left over stays ordinary numbers.
    /// </summary>
    private void FindInRun(Match run, List<PhoneMatch> found)
    {
        var groups = DigitGroup().Matches(run.Value);
        var first = 0;
        while (first < groups.Count)
        {
            var taken = TryTake(run, groups, first, found);
            first += taken > 0 ? taken : 1;
        }
    }

    private int TryTake(Match run, MatchCollection groups, int first, List<PhoneMatch> found)
    {
        var plus = first == 0 && run.Value.StartsWith('+');
        for (var last = groups.Count - 1; last >= first; last--)
        {
            var digits = string.Concat(Enumerable.Range(first, last - first + 1).Select(i => groups[i].Value));
            if (digits.Length < MinDigits || digits.Length > MaxDigits)
            {
                continue;
            }

            if (normalizer.TryNormalize(plus ? "+" + digits : digits, out var e164))
            {
                var start = run.Index + (plus ? 0 : groups[first].Index);
                var end = run.Index + groups[last].Index + groups[last].Length;
                found.Add(new PhoneMatch(start, end - start, e164));
                return last - first + 1;
            }
        }

        return 0;
    }

    // Groups of digits joined by one space, dash or dot; a leading "+" may be followed by a space ("+ 91").
    [GeneratedRegex(@"(?<![\w+])\+?\s?\d+(?:[ \-.]\d+)*(?![\w])")]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitGroup();
}
