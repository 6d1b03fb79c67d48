using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// The person in "add Ramesh 9123409876 as staff" or "remove Ramesh from staff": the words that are not
/// the command, the phone number or filler, written with a capital as names are.
/// </summary>
internal static partial class StaffNameExtractor
{
    private static readonly FrozenSet<string> Filler = FrozenSet.ToFrozenSet(
    [
        "add", "staff", "as", "new", "employee", "salesman", "salesgirl", "worker", "helper", "cashier", "ko", "bana",
        "banao", "do", "make", "remove", "from", "delete", "deactivate", "hatao", "hata", "hatado", "nikalo", "nikal",
        "fire", "fired", "left", "quit", "disable", "him", "her", "the", "a", "an", "our", "my", "member", "to", "team",
        "please", "pls", "and", "is", "has", "he", "she", "mr", "mrs", "ms", "shri", "ji", "number", "no", "phone",
        "mobile", "with", "in", "of", "appoint", "hire", "hired", "join", "joined", "register", "list", "now", "named",
        "name", "called", "account", "access", "bhai", "sir", "madam", "kar", "karo", "dena", "de", "se", "today", "tomorrow",
        "yesterday", "aaj", "kal", "since", "on", "at", "for", "contact",
    ], StringComparer.Ordinal);

    public static string? Find(Utterance u)
    {
        var text = u.Original;
        for (var i = u.Phones.Count - 1; i >= 0; i--)
        {
            text = string.Concat(text.AsSpan(0, u.Phones[i].Start), " ", text.AsSpan(u.Phones[i].End));
        }

        var names = Word().Matches(text)
            .Select(m => m.Value)
            .Where(w => !Filler.Contains(w.ToLowerInvariant()))
            .Take(2)
            // Typed in lower case, a name still reads as a name; typed with capitals, it is left as it is.
            .Select(w => w.Any(char.IsUpper) ? w : char.ToUpperInvariant(w[0]) + w[1..])
            .ToList();
        return names.Count > 0 ? string.Join(' ', names) : null;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
