using System.Text.RegularExpressions;
using RetailCrm.Bot.Core.Messaging;

namespace RetailCrm.Bot.Core.Ai;

/// <summary>
/// What a model-written message must pass, in code, before it may go out instead of the template: every fact
/// it has to carry (item, discount, dates, store name) unchanged; no phone numbers or e-mail addresses; no links
/// but the store's own; within two SMS segments, or WhatsApp's limit.
/// </summary>
public static partial class MessageGuardrails
{
    public const int WhatsAppLimit = 1024;

    public static string? Violation(string text, IEnumerable<string> facts, MessageChannel channel, string? storeWebsite)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length < 10)
        {
            return "empty";
        }

        foreach (var fact in facts.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            if (!Normalize(text).Contains(Normalize(fact), StringComparison.OrdinalIgnoreCase))
            {
                return "missing_fact";
            }
        }

        if (PhoneLike().Matches(text).Any(m => m.Value.Count(char.IsDigit) >= 8))
        {
            return "phone_number";
        }

        if (Email().IsMatch(text))
        {
            return "email";
        }

        foreach (Match link in Link().Matches(text))
        {
            if (string.IsNullOrWhiteSpace(storeWebsite) || !IsStoreLink(link.Value, storeWebsite))
            {
                return "link";
            }
        }

        return TooLong(text, channel) ? "too_long" : null;
    }

    /// <summary>Two SMS segments: 306 GSM characters, or 134 when any character needs Unicode (₹, Hindi).</summary>
    public static bool TooLong(string text, MessageChannel channel) => channel == MessageChannel.Sms
        ? text.Length > (text.All(IsGsm) ? 306 : 134)
        : text.Length > WhatsAppLimit;

    private static bool IsStoreLink(string link, string website)
    {
        static string Bare(string url) => url.Replace("https://", "", StringComparison.OrdinalIgnoreCase)
            .Replace("http://", "", StringComparison.OrdinalIgnoreCase)
            .Replace("www.", "", StringComparison.OrdinalIgnoreCase)
            .TrimEnd('/', '.', ',', '!', ')');
        return Bare(link).StartsWith(Bare(website), StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string text) => Whitespace().Replace(text.Trim(), " ");

    private static bool IsGsm(char c) =>
        c is >= ' ' and <= '~' or '\n' or '\r' or '£' or '¥' or 'è' or 'é' or 'ù' or 'ì' or 'ò' or 'Ç' or 'Ø' or 'ø' or 'Å' or 'å' or 'Ä' or 'Ö' or 'Ñ' or 'Ü' or 'ä' or 'ö' or 'ñ' or 'ü' or 'à' or '€';

    [GeneratedRegex(@"\+?\d[\d\s\-().]{6,}\d")]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+")]
    private static partial Regex Email();

    [GeneratedRegex(@"https?://\S+|www\.\S+|\b[a-z0-9-]+\.(com|in|net|org|co|io|shop|store|link|ly|me|app|xyz)\b(/\S*)?", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
