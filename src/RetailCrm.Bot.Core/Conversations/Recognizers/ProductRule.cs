using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// A product question either asks ("price of", "do you have", "hai kya") or simply names an item
/// ("Blue kurta M?"). A message shaped like a staff command is not one, whoever sends it.
/// </summary>
internal static partial class ProductRule
{
    // Words a staff or owner command starts with; with a number after them the message is a command.
    private const string CommandWords =
        "sale|sold|bill|billed|bikri|becha|restock|arrival|arrived|received|inquiry|note|notes|lookup|" +
        "summary|hisaab|reply|offer|send|add|remove|delete|top|inactive|complaint|resolve|close|new stock|" +
        "naya maal|maal|stock in|message|campaign|broadcast";

    private const string AskWords =
        "do you have|do you keep|do you sell|you sell|what is new|anything new|do we have|you have|" +
        "have you got|got any|available|availability|avail|in stock|stock|price|prices|rate|cost|mrp|" +
        "how much|kitna|new arrival|collection|catalog|catalogue|designs?|variety|varieties|range|discount|discounts|" +
        // Asking what offers there are; "what do you offer" and the owner's "send offer" are not product questions.
        "(any|koi|current|today|kya|what|which) (offer|sale)|offer (hai|chal)|sale going on|sale chal";

    public static bool Matches(Utterance u) =>
        !u.HasPhone && !CommandShaped().IsMatch(u.Canon) && (Asks().IsMatch(u.Canon) || NamesAnItem(u.Canon));

    private static bool NamesAnItem(string canon)
    {
        var words = canon.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            // "top customers", "top 10": the owner's word, not the garment.
            if (ProductWords.IsItem(words[i]) && !(words[i] == "top" && i + 1 < words.Length && NotAGarment().IsMatch(words[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(" + CommandWords + @")\b.*(\d|phonenum)")]
    private static partial Regex CommandShaped();

    [GeneratedRegex(@"\b(" + AskWords + @")\b")]
    private static partial Regex Asks();

    [GeneratedRegex(@"^(customer|buyer|client|spender|spending|\d+)$")]
    private static partial Regex NotAGarment();
}
