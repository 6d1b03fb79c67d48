using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>What only the owner asks for: campaigns, staff changes, and who the best and lapsed customers are.</summary>
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
    [GeneratedRegex(@"^(vips?|inactive|new|all|sabko|sabhi|sab|purane|naye|sare)( (customer|walon|wale|logon|logo|log))? ko .*\b(offer|message|bhejo|coupon|discount)\b")]
    private static partial Regex AudienceThenSend();

    [GeneratedRegex(@"^(offer|offers|promo|campaign) (kya|what|which|any|kaun|kaunsa|kitne|chal|running|active|list|status)\b")]
    private static partial Regex AskingAboutOffers();

    // Hinglish puts the audience first: "sabko offer bhejo - Rakhi special".
    [GeneratedRegex(@"^(sabko|sab ko|sabhi ko|all|everyone|vips?|inactive|new customer) (offer|promo)\b")]
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
