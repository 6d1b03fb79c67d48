using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// What an owner's report is about: the segment in "who is at risk", the offer in "how did the diwali offer do", the
/// number in "repeat rate this month". All read from the canonical words.
/// </summary>
internal static partial class ReportExtractor
{
    /// <summary>The RFM segment named, however it is written ("at risk", "champs", "about to stop coming"), or null.</summary>
    public static string? Segment(string canon)
    {
        if (AboutToLeave().IsMatch(canon))
        {
            return Insights.RfmSegments.AtRisk;
        }

        var match = SegmentWord().Match(canon);
        return match.Success ? Campaigns.Segments.Normalize(match.Value) : null;
    }

    /// <summary>The words left when the report's own words are taken away: "diwali" from "how did the diwali offer do".</summary>
    public static string? CampaignName(string canon)
    {
        var words = canon.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !NotAName.Contains(w) && !w.All(char.IsAsciiDigit));
        var name = string.Join(' ', words);
        return name.Length is > 1 and <= 80 ? name : null;
    }

    /// <summary>Which customer number was asked about, or null for all of them.</summary>
    public static string? Measure(string canon)
    {
        if (Cohorts().IsMatch(canon))
        {
            return "cohorts";
        }

        if (RepeatRate().IsMatch(canon))
        {
            return "repeat_rate";
        }

        if (AverageBill().IsMatch(canon))
        {
            return "average_bill";
        }

        if (CustomerValue().IsMatch(canon))
        {
            return "customer_value";
        }

        return HowMany().IsMatch(canon) ? "customers" : null;
    }

    private static readonly HashSet<string> NotAName = new(StringComparer.Ordinal)
    {
        // the report's words
        "how", "did", "does", "do", "was", "is", "has", "have", "were", "are", "the", "a", "an", "my", "our", "last", "latest", "recent",
        "that", "this", "of", "for", "on", "to", "from", "after", "about", "go", "goes", "went", "gone", "going", "doing", "done", "perform",
        "performed", "performing", "work", "worked", "working", "report", "reports", "result", "stats", "status", "performance", "response",
        "roi", "show", "me", "send", "sent", "give", "tell", "please", "pls", "plz", "what", "whats", "with", "and", "it", "its", "well", "much",
        "many", "people", "customer", "who", "bought", "buy", "purchased", "read", "opened", "replied", "reply", "delivered", "unsubscribed",
        "any", "all", "now", "far", "so", "get", "got", "see",
        "offer", "campaign", "promo", "promotion", "broadcast", "blast", "message", "messages", "msg",
        // Hinglish
        "kaisa", "kaisi", "kaise", "raha", "rahi", "rahe", "gaya", "gayi", "gaye", "hua", "hui", "hue", "ka", "ki", "ke", "kya", "batao", "bata",
        "dikhao", "wala", "wali", "wale", "vala", "vali", "vale", "kitna", "kitne", "kitni", "chala", "chali", "diya", "aaya", "aayi", "aaye",
        "mila", "mili", "se", "ne", "pe", "par", "me", "mein", "baad", "log", "logon", "sale", "bhejne", "bheja", "hai", "tha", "thi",
        "hisaab", "kamai", "bikri", "revenue", "earning", "earnings",
    };

    [GeneratedRegex(@"\b(about to|going to|likely to|might|may|could) (stop|leave|churn|quit)\b|\bchurn(ing)? risk\b")]
    private static partial Regex AboutToLeave();

    [GeneratedRegex(@"\b(at )?risk\b|\batrisk\b|\b(champions?|champs?|champians?|loyal|loyals|regulars|hibernating|hibernated|hibernate|sleeping|new)\b")]
    private static partial Regex SegmentWord();

    [GeneratedRegex(@"\b(cohorts?|retention|retained|retain)\b")]
    private static partial Regex Cohorts();

    [GeneratedRegex(@"\b(repeat|repeated|returning|dobara|wapas)\b.*\b(rate|percent|percentage|customers?|buyers?|kitna)\b|\brepeat rate\b|" +
                    @"\b(how many|kitna)\b.*\b(dobara|wapas|again|come back|came back|repeat)\b")]
    private static partial Regex RepeatRate();

    [GeneratedRegex(@"\b(average|avg|avrage|avarage|averge|aov|basket|ticket)\b")]
    private static partial Regex AverageBill();

    [GeneratedRegex(@"\b(ltv|clv|cltv|lifetime|value per customer|customer value|historic)\b")]
    private static partial Regex CustomerValue();

    [GeneratedRegex(@"\b(how many|kitna|count|total|number of)\b")]
    private static partial Regex HowMany();
}
