using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// How shoppers ask for things. Order matters where phrasings overlap: "stop alert for the saree" is about
/// an alert, not about messages; "2 stars, not happy" is a rating; "hi, do you have red saree" is a product
/// question, so greetings and help come last.
/// </summary>
internal static partial class ShopperRules
{
    public static readonly IntentRule[] All =
    [
        new(Intents.StockAlertCancel, u => CancelWord().IsMatch(u.Canon) && AlertWord().IsMatch(u.Canon)),
        new(Intents.StockAlertRequest, u => AlertOnItsOwn().IsMatch(u.Canon) || (AlertAsk().IsMatch(u.Canon) && AlertWhen().IsMatch(u.Canon))),
        new(Intents.OptOut, u => OptOutAlone().IsMatch(u.Canon) || (OptOutVerb().IsMatch(u.Canon) && OptOutObject().IsMatch(u.Canon))),
        new(Intents.OptIn, u => OptIn().IsMatch(u.Canon)),
        new(Intents.FeedbackRating, u => Rating().IsMatch(u.Canon) || OutOfFive().IsMatch(u.Lower)),
        new(Intents.HumanHandoff, u => HandoffAlone().IsMatch(u.Canon) || Handoff().IsMatch(u.Canon) || (Talk().IsMatch(u.Canon) && Someone().IsMatch(u.Canon))),
        new(Intents.Complaint, u => Complaint().IsMatch(u.Canon) && !WrongNumber().IsMatch(u.Canon)),
        new(Intents.LoyaltyBalance, u => Loyalty().IsMatch(u.Canon)),
        new(Intents.PurchaseHistory, u => History().IsMatch(u.Canon)),
        new(Intents.StoreInfo, u => WhereIsTheShop().IsMatch(u.Canon) || StoreInfo().IsMatch(u.Canon)),
        new(Intents.ProductInquiry, ProductRule.Matches),
        new(Intents.Help, u => Help().IsMatch(u.Canon)),
        new(Intents.Greeting, u => Greeting().IsMatch(u.Canon)),
    ];

    [GeneratedRegex(@"\b(cancel|stop|remove|delete|band|dont|do not|no need|no more|unsubscribe|nahi chahiye|off|disable|hatao|hata do)\b")]
    private static partial Regex CancelWord();

    [GeneratedRegex(@"\b(alert|notify|notification|reminder|remind|notifying|reminding)\b")]
    private static partial Regex AlertWord();

    [GeneratedRegex(@"\b(alert me|notify me|set (an )?alert|alert chahiye|alert laga do|alert lagao|back in stock|waitlist|waiting list)\b")]
    private static partial Regex AlertOnItsOwn();

    [GeneratedRegex(@"\b(" + AlertAsks + @")\b")]
    private static partial Regex AlertAsk();

    [GeneratedRegex(@"\b(" + AlertWhens + @")\b")]
    private static partial Regex AlertWhen();

    [GeneratedRegex(@"^(stop|stopall|stop all|unsubscribe|end|quit|cancel|optout|revoke)$|\b(unsubscribe|optout|remove me|not interested|leave me alone)\b|\bspam\w*\b")]
    private static partial Regex OptOutAlone();

    [GeneratedRegex(@"\b(" + StopSending + @")\b")]
    private static partial Regex OptOutVerb();

    [GeneratedRegex(@"\b(message|me|offer|promotional|promotion|whatsapp|sending|send|updates|list|number|bhejo|bhejna)\b")]
    private static partial Regex OptOutObject();

    [GeneratedRegex(
        @"^(start|unstop|subscribe|resume|optin)$|" +
        @"\b(resubscribe|optin|resume|restart|subscribe|shuru|sign me up|sign up|add me back)\b|" +
        @"\bstart (sending|message|offer|again)\b|\b(send|receive|get)\b.*\bagain\b|" +
        // Asking for offers is agreeing to them: "send me offers", "I want your deals", "mujhe offers bhejo".
        @"\b(send|share|want|get|receive|mujhe)\b.{0,20}\b(offers?|deals?|discounts?|promos?)\b|" +
        @"\b(offers?|deals?|discounts?|promos?)\b.{0,12}\b(bhejo|bhejna|bhej do|chahiye|send me)\b")]
    private static partial Regex OptIn();

    [GeneratedRegex(
        @"^[1-5]$|\b([1-5]|one|two|three|four|five|ek|do|teen|char|paanch) stars?\b|\bstar\b|" +
        @"\b(rating|rate|rated)\b.*\b[1-5]\b|\b[1-5] (out of 5|marks)\b")]
    private static partial Regex Rating();

    [GeneratedRegex(@"(?<![\d.])[1-5]\s*/\s*5\b")]
    private static partial Regex OutOfFive();

    [GeneratedRegex(@"^(agent|human|person|operator|manager|representative|owner|call me)$")]
    private static partial Regex HandoffAlone();

    [GeneratedRegex(@"\b(" + CallMe + @")\b")]
    private static partial Regex Handoff();

    [GeneratedRegex(@"\b(talk|speak|baat|connect|transfer|chat)\b")]
    private static partial Regex Talk();

    [GeneratedRegex(@"\b(person|human|someone|somebody|manager|owner|agent|staff|insaan|aadmi|representative|executive|kisi|koi)\b")]
    private static partial Regex Someone();

    [GeneratedRegex(@"\b(" + ComplaintPhrases + @")\b")]
    private static partial Regex Complaint();

    // "sorry wrong number": someone reached the shop by mistake; nothing to complain about.
    [GeneratedRegex(@"\bwrong number\b")]
    private static partial Regex WrongNumber();

    [GeneratedRegex(@"\b(points|loyalty|reward|rewards|redeem|cashback)\b")]
    private static partial Regex Loyalty();

    [GeneratedRegex(@"\b(" + PastPurchases + @")\b")]
    private static partial Regex History();

    // "where" alone is too wide ("where can I buy a train ticket"); where the shop is, is not.
    [GeneratedRegex(@"\bwhere\b.*\b(shop|you|your|located)\b")]
    private static partial Regex WhereIsTheShop();

    [GeneratedRegex(@"\b(" + StoreInfoPhrases + @")\b")]
    private static partial Regex StoreInfo();

    [GeneratedRegex(
        @"^(menu|options|info|\?+)$|" +
        @"\b(help|commands|menu|what can you do|what services|what (all )?can i (ask|do)|how does this work|how do you work|" +
        @"how (do i |to |can i )?use|kya kya kar sakte|kya kar sakte)\b")]
    private static partial Regex Help();

    // At the start only: in Hinglish "hi" inside a sentence means "just" ("jaise hi L aaye").
    [GeneratedRegex(@"^(hi+|hello+|helo|hlo|hey+|hola|yo|namaste|namaskar|namaskaram|gm|good (morning|afternoon|evening|day|night)|ram ram|salaam|vanakkam|sat sri akal|morning)\b")]
    private static partial Regex Greeting();
}
