using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>Which kind of small talk a message is, so the answer fits: thanks, bye, who-are-you, how-are-you, or just "ok".</summary>
internal static partial class SmallTalk
{
    public static string Kind(string text)
    {
        var lower = Understanding.Devanagari.ToRoman(text).ToLowerInvariant();
        if (Identity().IsMatch(lower))
        {
            return "identity";
        }

        if (Bye().IsMatch(lower))
        {
            return "bye";
        }

        if (Thanks().IsMatch(lower) || lower.Contains("\U0001F64F", StringComparison.Ordinal))
        {
            return "thanks";
        }

        return HowAreYou().IsMatch(lower) ? "how_are_you" : "ok";
    }

    [GeneratedRegex(@"\b(bot|robot|machine|automated|human|real person|who is this|whos this|who are you|who r u|who is there|kaun (ho|hai|hain|bol)|aap kaun|tum kaun|kon ho|kisse baat)\b")]
    private static partial Regex Identity();

    [GeneratedRegex(@"\b(bye+|byee*|goodbye|good night|gn|tata|see you|see ya|cya|alvida|chalo|phir milenge|shubh ratri)\b")]
    private static partial Regex Bye();

    [GeneratedRegex(@"\b(thanks?|thank you|thanku|thnx|thx|thanx|ty|tysm|shukriya|shukria|dhanyavad|dhanyawad|dhanyavaad|meherbani)\b")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"\b(how are you|how r u|hows it going|kaise ho|kaisa hai|kya haal|kaise hain|sab badhiya|what.?s up|wassup|sup)\b")]
    private static partial Regex HowAreYou();
}
