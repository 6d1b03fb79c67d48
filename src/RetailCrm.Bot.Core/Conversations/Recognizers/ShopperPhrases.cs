namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// The longer phrase lists behind <see cref="ShopperRules"/>, grouped by what the shopper means, so a new
/// way of saying something has an obvious home. Each is a regex alternation over canonical words.
/// </summary>
internal static partial class ShopperRules
{
    private const string Damage =
        "broke|broken|break|toot|tuta|tooti|toota|torn|phat|phata|phati|faded|fade|utar gaya|utar gayi|nikal gaya|" +
        "defect|defective|damaged|damage|kharab|daag|dhabba|chhed|stitching|came off|coming off|loose|shrunk|shrink|hole|stain|" +
        "not working|leaked|leaking|bleeding|colour ran|color ran|used item|second hand|not new|fake|duplicate";

    private const string BadFit = "wrong|hurting|hurts|too small|too big|too tight|too loose|not fitting|doesnt fit";

    private const string BadService =
        "bad|worst|poor|pathetic|terrible|horrible|rude|misbehaved|misbehave|badtameezi|bura|bekaar|bekar|ghatiya|" +
        "unacceptable|not happy|unhappy|disappointed|cheated|fraud|galat|lied|lying|jhooth|jhoot|misled|scam";

    private const string Money = "refund|return|exchange|overcharged|overcharge|charged extra|extra charged|paisa wapas|money back";

    private const string NotDelivered = "late|delay|delayed|nahi aayi|nahi aaya|nahi mila|not received|not delivered";

    private const string ComplaintPhrases =
        "complaint|shikayat|" + Damage + "|" + BadFit + "|" + BadService + "|" + Money + "|" + NotDelivered;

    private const string Hours =
        "timings|time|baje|open|opening|close|closing|closed|khula|band rahegi|band rahega|band hai|band hota|band hoti|holiday";

    private const string Place =
        "address|location|located|kahan|floor|mall|road|street|gali|near|nearby|nearest|metro|direction|directions|reach|route|parking|" +
        "maps?|branch|pincode|landmark|contact";

    private const string Payment = "deliver|delivery|upi|card|cards|payment|pay|gpay|paytm|cash";

    private const string StoreInfoPhrases = Hours + "|" + Place + "|" + Payment;

    private const string PastPurchases =
        "did i (buy|purchase|order|get|take)|purchase history|order history|my orders?|my purchases?|my bills?|" +
        "(previous|past|last|old|purana|purani|pichla|pichle) (bills?|orders?|purchases?|invoices?)|bought before|what i bought|have i bought|" +
        "i have bought|bought from you|i took|kya liya|liya tha|kharida|kharidi|pichli baar";

    private const string CallMe =
        "call me|call karo|call kar do|call kardo|call kar lo|call kar lena|call kijiye|call kariye|call karna me|me call karna|phone karo|ring me|contact me|" +
        "get back to me|manager|malik|customer care|customer service|helpline|real person|not a bot|human|live agent";

    private const string StopSending =
        "stop|dont send|do not send|dont message|do not message|dont contact|do not contact|no more|enough|" +
        "nahi chahiye|mat bhejo|mat bhejna|mat karo|band karo|band kar do|band kardo|dont want|do not want|" +
        "remove my number|block";

    private const string AlertAsks =
        "notify|alert|remind|inform|ping|let me know|keep me posted|keep me updated|update me|tell me|batana|" +
        "message me|call me|kar dena|bata dena|message kar|message karna|message karo";

    private const string AlertWhens =
        "when|jab|once|as soon as|whenever|wapas|aaye|aaega|aayega|aa jaye|aane|aate hi|jaise hi|restock|hone pe|" +
        "hone par|available|arrive|arrives|comes";
}
