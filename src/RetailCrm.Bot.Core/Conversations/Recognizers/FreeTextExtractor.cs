using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// The words a person wrote for someone else to read (a note, a complaint, a reply, an offer), cut from the
/// original message so capitals, emoji and punctuation reach the customer as typed.
/// </summary>
internal static partial class FreeTextExtractor
{
    /// <summary>"note 98765 43210: wedding in december" gives "wedding in december".</summary>
    public static string? AfterPhone(Utterance u)
    {
        if (!u.HasPhone)
        {
            return null;
        }

        var phone = u.Phones[0];
        var after = Clean(u.Original[phone.End..]);
        after = Clean(LeadingCommand().Replace(after, "", 1));
        if (after.Length > 0)
        {
            return after;
        }

        // "note prefers cotton 9876543210": the text came first.
        var before = Clean(CommandPhrase().Replace(u.Original[..phone.Start], "", 1));
        return before.Length > 0 ? before : null;
    }

    /// <summary>The whole message, for a shopper's own complaint.</summary>
    public static string? Whole(Utterance u) => u.Original.Trim() is { Length: > 0 } text ? text : null;

    private static string Clean(string text) => text.TrimStart(' ', '\t', ':', '-', ',', '.', ';', '\u2013', '\u2014').TrimEnd();

    [GeneratedRegex(@"^(?:(?:ke liye|ka|ki|for)\s+)?(?:note|notes|complaint|complain|shikayat|reply|msg|message|ko|ne)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingCommand();

    [GeneratedRegex(
        @"^\s*(?:add\s+|new\s+|log\s+)*(?:a\s+)?(?:note|notes|nt|remember|complaint|complain|shikayat|" +
        @"reply|respond|jawab|msg|message|inquiry|enquiry|inq)?\s*(?:for|from|on|about|to)?\s*",
        RegexOptions.IgnoreCase)]
    private static partial Regex CommandPhrase();
}
