using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// Phrases that are one idea but two words ("follow up", "t shirt", "opt out"). Single-word spellings are data,
/// in <c>bot-manifests/nlu/lexicon.json</c>.
/// </summary>
internal static partial class CanonicalWords
{
    public static string FoldPhrases(string text)
    {
        text = FollowUp().Replace(text, "followup");
        text = LookUp().Replace(text, "lookup");
        text = CallBack().Replace(text, "callback");
        text = OptOut().Replace(text, "optout");
        text = OptIn().Replace(text, "optin");
        text = TShirt().Replace(text, "tshirt");
        text = BataDena().Replace(text, "batana");
        return ReStock().Replace(text, "restock");
    }

    [GeneratedRegex(@"\b(follow|folo|falo) ?(ups?|ap)\b")]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"\blook up\b")]
    private static partial Regex LookUp();

    [GeneratedRegex(@"\bcall back\b")]
    private static partial Regex CallBack();

    [GeneratedRegex(@"\bopt out\b")]
    private static partial Regex OptOut();

    [GeneratedRegex(@"\bopt in\b")]
    private static partial Regex OptIn();

    [GeneratedRegex(@"\bt shirts?\b")]
    private static partial Regex TShirt();

    // "bata dena" is "let me know"; "bata" alone is the shoe brand.
    [GeneratedRegex(@"\bbata (dena|do|dijiye|dijie|na|dena)\b")]
    private static partial Regex BataDena();

    [GeneratedRegex(@"\bre stock(ed)?\b")]
    private static partial Regex ReStock();
}
