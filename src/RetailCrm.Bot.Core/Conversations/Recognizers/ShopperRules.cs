using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// How shoppers ask for things. Order matters where phrasings overlap: "stop alert for the saree" is about
/// an alert, not about messages; "2 stars, not happy" is a rating; "help me find a kurta" is a product question.
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
        new(Intents.StoreInfo, u => StoreInfo().IsMatch(u.Canon)),
        new(Intents.ProductInquiry, ProductRule.Matches),
        new(Intents.Help, u => HelpAlone().IsMatch(u.Canon) || Help().IsMatch(u.Canon)),
        new(Intents.Greeting, u => Greeting().IsMatch(u.Canon)),
    ];

    [GeneratedRegex(@"\b(cancel|stop|remove|delete|band|dont|do not|no need|unsubscribe|nahi chahiye|off|disable|hatao|hata do)\b")]
    private static partial Regex CancelWord();

    [GeneratedRegex(@"\b(alert|notify|notification|reminder|remind|notifying|reminding)\b")]
    private static partial Regex AlertWord();

    [GeneratedRegex(@"\b(alert me|notify me|set (an )?alert|alert chahiye|alert laga do|alert lagao|back in stock|waitlist|waiting list)\b")]
    private static partial Regex AlertOnItsOwn();

    [GeneratedRegex(@"\b(notify|alert|remind|inform|ping|let me know|keep me posted|keep me updated|update me|tell me|batana|message me|call me|kar dena|bata dena|message kar|message karna|message karo)\b")]
    private static partial Regex AlertAsk();

    [GeneratedRegex(@"\b(when|jab|once|as soon as|whenever|wapas|aaye|aaega|aayega|aa jaye|aane|aate hi|jaise hi|restock|hone pe|hone par|available|arrive|arrives|comes)\b")]
    private static partial Regex AlertWhen();

    [GeneratedRegex(@"^(stop|stopall|stop all|unsubscribe|end|quit|cancel|optout|revoke)$|\b(unsubscribe|optout|remove me|not interested|leave me alone)\b|\bspam\w*\b")]
    private static partial Regex OptOutAlone();

    [GeneratedRegex(@"\b(stop|dont send|do not send|dont message|do not message|dont contact|do not contact|no more|enough|nahi chahiye|mat bhejo|mat bhejna|mat karo|band karo|band kar do|band kardo|dont want|do not want|remove my number|block)\b")]
    private static partial Regex OptOutVerb();

    [GeneratedRegex(@"\b(message|me|offer|promotional|promotion|whatsapp|sending|send|updates|list|number|bhejo|bhejna)\b")]
    private static partial Regex OptOutObject();

    [GeneratedRegex(@"^(start|unstop|subscribe|resume|optin)$|\b(resubscribe|optin|resume|subscribe)\b|\bstart (sending|message|offer|again)\b|\b(send|receive|get)\b.*\bagain\b|\bshuru\b|\badd me back\b|\bsign me up\b|\bsign up\b")]
    private static partial Regex OptIn();

    [GeneratedRegex(@"^[1-5]$|\b([1-5]|one|two|three|four|five|ek|do|teen|char|paanch) stars?\b|\bstar\b|\b(rating|rate|rated)\b.*\b[1-5]\b|\b[1-5] (out of 5|marks)\b")]
    private static partial Regex Rating();

    [GeneratedRegex(@"(?<![\d.])[1-5]\s*/\s*5\b")]
    private static partial Regex OutOfFive();

    [GeneratedRegex(@"^(agent|human|person|operator|manager|representative|owner|call me)$")]
    private static partial Regex HandoffAlone();

    [GeneratedRegex(@"\b(call me|call karo|call kar do|call kardo|call karna me|me call karna|phone karo|ring me|contact me|get back to me|manager|malik|customer care|customer service|helpline|real person|not a bot|human|live agent)\b")]
    private static partial Regex Handoff();

    [GeneratedRegex(@"\b(talk|speak|baat|connect|transfer|chat)\b")]
    private static partial Regex Talk();

    [GeneratedRegex(@"\b(person|human|someone|somebody|manager|owner|agent|staff|insaan|aadmi|representative|executive|kisi|koi)\b")]
    private static partial Regex Someone();

    [GeneratedRegex(@"\b(complaint|shikayat|broke|broken|break|toot|tuta|tooti|toota|torn|phat|phata|phati|faded|fade|utar gaya|utar gayi|nikal gaya|overcharged|overcharge|charged extra|extra charged|hurting|hurts|too small|too big|too tight|too loose|not fitting|doesnt fit|misbehaved|misbehave|badtameezi|bura|bekaar|bekar|ghatiya|defect|defective|damaged|damage|kharab|bad|worst|poor|pathetic|terrible|horrible|rude|wrong|galat|refund|return|exchange|not happy|unhappy|disappointed|cheated|fraud|late|delay|delayed|stitching|came off|coming off|loose|shrunk|shrink|hole|stain|not working|used item|second hand|not new|fake|duplicate|unacceptable|leaked|leaking|bleeding|colour ran|color ran|nahi aayi|nahi aaya|nahi mila|not received|not delivered|paisa wapas|money back)\b")]
    private static partial Regex Complaint();

    // "sorry wrong number": someone reached the shop by mistake; nothing to complain about.
    [GeneratedRegex(@"\bwrong number\b")]
    private static partial Regex WrongNumber();

    [GeneratedRegex(@"\b(points|loyalty|reward|rewards|redeem|cashback)\b")]
    private static partial Regex Loyalty();

    [GeneratedRegex(@"\b(did i (buy|purchase|order|get)|purchase history|order history|my orders?|my purchases?|my bills?|(previous|past|last|old) (bills?|orders?|purchases?|invoices?)|kya liya|liya tha|kharida|kharidi|pichli baar|bought before|what i bought|have i bought|i have bought|bought from you|i took|did i take)\b")]
    private static partial Regex History();

    [GeneratedRegex(@"\bwhere\b.*\b(shop|you|your|located)\b|\b(timings|time|open|opening|close|closing|closed|khula|band rahegi|band rahega|band hai|address|location|located|kahan|floor|mall|baje|band hota|band hoti|near|nearby|nearest|metro|direction|directions|reach|route|parking|maps?|deliver|delivery|upi|card|cards|payment|pay|gpay|paytm|cash|contact|holiday|branch|pincode|landmark)\b")]
    private static partial Regex StoreInfo();

    [GeneratedRegex(@"^(help|menu|options|commands|info|\?+)$|\bhelp\b|\bcommands\b")]
    private static partial Regex HelpAlone();

    [GeneratedRegex(@"\b(what can you do|what services|what (all )?can i (ask|do)|how does this work|how do you work|how (do i |to |can i )?use|kya kya kar sakte|kya kar sakte|show me the menu|menu)\b")]
    private static partial Regex Help();

    // At the start only: in Hinglish "hi" inside a sentence means "just" ("jaise hi L aaye").
    [GeneratedRegex(@"^(hi+|hello+|helo|hlo|hey+|hola|yo|namaste|namaskar|namaskaram|gm|good (morning|afternoon|evening|day|night)|ram ram|salaam|vanakkam|sat sri akal|morning)\b")]
    private static partial Regex Greeting();
}
