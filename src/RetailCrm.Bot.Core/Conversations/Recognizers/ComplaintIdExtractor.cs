using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// The number of a logged complaint: "complaint 12", "complaint no 9", "#15", "close 4". Phone numbers are
/// already hidden, so a long number here is never a customer's mobile.
/// </summary>
internal static partial class ComplaintIdExtractor
{
    public static string? Find(string lower)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[Hash(), AfterComplaint(), AfterVerb()])
        {
            var match = pattern.Match(lower);
            if (match.Success)
            {
                return match.Groups["n"].Value.TrimStart('0') is { Length: > 0 } id ? id : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"#\s*(?<n>\d{1,6})\b")]
    private static partial Regex Hash();

    [GeneratedRegex(@"\b(?:complain(?:t|ts)?|shikayat|ticket)\s*(?:no\.?|number|nambar|num|id)?\s*[:\-]?\s*(?<n>\d{1,6})\b")]
    private static partial Regex AfterComplaint();

    [GeneratedRegex(@"\b(?:resolve|resolved|close|closed|solved)\s+(?:no\.?\s*)?(?<n>\d{1,6})\b")]
    private static partial Regex AfterVerb();
}
