using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// What only the owner asks for: campaigns and their results, staff changes, who the best, lapsed and at-risk customers
/// are, and the customer numbers.
/// </summary>
internal static partial class OwnerRules
{
    public static readonly IntentRule[] All =
    [
        // First: an offer's own text may say "all", "new" or "inactive" and must not be read as anything else.
        new(Intents.SendOffer, u => (SendOffer().IsMatch(u.Canon) && !AskingAboutOffers().IsMatch(u.Canon)) || SegmentThenOffer().IsMatch(u.Canon)),
        new(Intents.SendOffer, u => OfferAlone().IsMatch(u.Canon) || AudienceThenSend().IsMatch(u.Canon)),
        new(Intents.StaffList, u => StaffList().IsMatch(u.Canon)),
        new(Intents.RemoveStaff, u => StaffWord().IsMatch(u.Canon) && RemoveWord().IsMatch(u.Canon)),
        new(Intents.AddStaff, u => StaffWord().IsMatch(u.Canon) && AddWord().IsMatch(u.Canon)),
        new(Intents.CampaignReport, u => OfferResults().IsMatch(u.Canon)),
        new(Intents.SegmentReport, u => Segmentation().IsMatch(u.Canon)),
        new(Intents.CustomerStats, u => CustomerNumbers().IsMatch(u.Canon)),
        new(Intents.InactiveCustomers, u => Lapsed().IsMatch(u.Canon) || (People().IsMatch(u.Canon) && NotSeen().IsMatch(u.Canon))),
        new(Intents.TopCustomers, u => TopCustomers().IsMatch(u.Canon)),
    ];

    // A command word first, then something to send: "offer vip 10% off", "broadcast to all: closed Monday".
    [GeneratedRegex(@"^(please )?(send )?(an? )?(offer|promo|promotion|campaign|broadcast|blast)( \S+){1,}")]
    private static partial Regex SendOffer();

    // "send offer" with nothing after it: the owner starts a campaign and is asked who gets it and what it says.
    [GeneratedRegex(@"^(please )?(send|start|create|new) (an? )?(offer|promo|promotion|campaign|broadcast)$")]
    private static partial Regex OfferAlone();

    // "sabhi customers ko msg bhejo - ...", "inactive logo ko 500 off coupon bhejo": the audience, "ko", then what to send.
    [GeneratedRegex(@"^(vips?|inactive|new|all|sabko|sabhi|sab|purane|naye|sare|champions?|champs|at risk|hibernating|sleeping|loyals?|regulars)( (customer|walon|wale|logon|logo|log))? ko .*\b(offer|message|bhejo|coupon|discount)\b")]
    private static partial Regex AudienceThenSend();

    [GeneratedRegex(@"^(offer|offers|promo|campaign) (kya|what|which|any|kaun|kaunsa|kitne|chal|running|active|list|status|report|reports|result|results|stats|performance|response|kaisa|kaisi|ka|ki|bhejne|se|ne|pe|par)\b")]
    private static partial Regex AskingAboutOffers();

    // "offer report", "how did the diwali offer do", "diwali campaign ka result", "offer kaisa gaya", "holi offer se kitni kamai
    // hui" (the staff's summary words, said of an offer, ask for its results).
    [GeneratedRegex(
        @"\b(offer|campaign|promo|broadcast|blast)\b.*\b(report|result|stats|performance|response|roi|kaisa|kaisi|hisaab|kamai|bikri|revenue|earning|earnings)\b|" +
        @"\b(report|result|stats|performance|roi)\b.*\b(offer|campaign|promo|broadcast|blast)\b|" +
        @"^(offer|campaign) (se|ne|pe|par)\b|\b(offer|campaign)\b.{0,20}\b(ke baad|baad se)\b|\b(after|from|since) (the |my |our |last )*(offer|campaign)\b|" +
        @"^how (did|was|is|has|were)\b.*\b(offer|campaign|promo|broadcast|blast)\b")]
    private static partial Regex OfferResults();

    // "segments", "RFM", "who is at risk", "show champions", "who is about to stop coming", "loyal customers" (but "most
    // loyal customers" ranks them: top customers).
    [GeneratedRegex(
        @"\b(rfm|segment|segmentation|champions|hibernating)\b|\b(at )?risk\b|\batrisk\b|\b(about to|likely to|going to) (stop|leave|churn|quit)\b|" +
        @"(?<!\bmost )\bloyal (customer|buyer|client)\b|^(show |list |see |who are |which are )?(my |the )?loyals( list)?$")]
    private static partial Regex Segmentation();

    // "how many customers do I have", "repeat rate this month", "average bill", "customer value", "cohorts".
    [GeneratedRegex(
        @"\b(how many|kitna|number of|count of)( total)? (customer|client|buyer)s?\b(?!.*\b(today|yesterday|aaj|kal|aaye|came|come|visited|inactive|not|nahi|haven|havent|hasnt|stopped|returned|back|wapas|dobara|bought|kharida|left|lost)\b)|" +
        @"^(total|mere|hamare|my)?( total)? ?(customer|client|buyer)s? (kitna|count|total)\b|" +
        @"\brepeat (rate|purchase rate|customer rate|buyers? rate|percentage)\b|\b(average|avg|avrage|avarage) (bill|order|order value|basket|ticket|spend)\b|\baov\b|" +
        @"\b(customer|lifetime|historic) value\b|\b(ltv|clv|cltv)\b|\bcohorts?\b|\bretention\b")]
    private static partial Regex CustomerNumbers();

    // Hinglish puts the audience first: "sabko offer bhejo - Rakhi special".
    [GeneratedRegex(@"^(sabko|sab ko|sabhi ko|all|everyone|vips?|inactive|new customer|champions?|at risk|hibernating|loyal) (customer )?(offer|promo)\b")]
    private static partial Regex SegmentThenOffer();

    [GeneratedRegex(@"\b(staff|employee|salesman|salesgirl|worker|helper|cashier)\b")]
    private static partial Regex StaffWord();

    [GeneratedRegex(@"^(show |list |my |all |who are (my |the )?|see )?(staff|staffs|employees|team)( list| members)?\??$|^list (of )?(staff|employees)$")]
    private static partial Regex StaffList();

    [GeneratedRegex(@"\b(remove|delete|deactivate|hatao|hata|hatado|nikalo|nikal|fire|fired|left|quit|disable)\b")]
    private static partial Regex RemoveWord();

    [GeneratedRegex(@"\b(add|new|make|banao|bana|appoint|hire|hired|join|joined|register)\b")]
    private static partial Regex AddWord();

    [GeneratedRegex(
        @"\b(inactive|lapsed|dormant|churned|missing)\b.*\b(customer|buyer|client|log)\b|" +
        @"\b(customer|buyer|client)\b.*\b(inactive|lapsed|dormant|churned|missing)\b")]
    private static partial Regex Lapsed();

    [GeneratedRegex(@"\b(customer|buyer|client|who|kaun|kon|log)\b")]
    private static partial Regex People();

    [GeneratedRegex(
        @"\b(has not|have not|not|nahi|stopped|stop|no)\b.{0,30}\b(visit|visited|seen|come|coming|came|" +
        @"bought|buy|purchased|shopped|aaya|aaye|aayi)\b|\bbahut din\b|\blong time\b")]
    private static partial Regex NotSeen();

    [GeneratedRegex(
        @"\b(top|best|biggest|highest|most|sabse bade|sabse zyada|loyal)\b.{0,30}\b(customer|buyer|client|spender|spending|kharidar)\b|" +
        @"\btop spender\b|" +
        @"\b(spent|spend|spends|spending)\b.{0,12}\b(most|highest|maximum)\b")]
    private static partial Regex TopCustomers();
}
