using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// Shop-floor commands. Most name a customer by phone number, which is the strongest sign a message is
/// a command and not a question; the few without one (summary, follow-ups, stock in) have their own words.
/// </summary>
internal static partial class StaffRules
{
    public static readonly IntentRule[] All =
    [
        // A reply's and a note's own text can say anything ("sold out", "complaint"), so they go first.
        new(Intents.StaffReply, u => u.HasPhone && Reply().IsMatch(u.Canon)),
        new(Intents.AddNote, u => u.HasPhone && Note().IsMatch(u.Canon)),
        new(Intents.ResolveComplaint, u => !u.HasPhone && Resolve().IsMatch(u.Canon) && ComplaintIdExtractor.Find(u.Lower) is not null),
        new(Intents.LogComplaint, u => u.HasPhone && ComplaintWord().IsMatch(u.Canon)),
        new(Intents.LogInquiry, u => u.HasPhone && Inquiry().IsMatch(u.Canon)),
        new(Intents.LogSale, u => (u.HasPhone && SaleWord().IsMatch(u.Canon)) || SaleWithoutPhone().IsMatch(u.Canon)),
        // "sold 2 shirts, follow up next week" is a sale that mentions a follow-up, so the follow-up words wait.
        new(Intents.LogInquiry, u => u.HasPhone && FollowUpWord().IsMatch(u.Canon)),
        new(Intents.CustomerLookup, u => u.HasPhone && (Lookup().IsMatch(u.Canon) || OnlyPhone().IsMatch(u.Canon))),
        new(Intents.StockArrival, u => !u.HasPhone && !OwnerCommand().IsMatch(u.Canon)
            && (ArrivalFirst().IsMatch(u.Canon) || (Arrival().IsMatch(u.Canon) && Number().IsMatch(u.Canon)))),
        new(Intents.MyFollowups, u => !u.HasPhone && Followups().IsMatch(u.Canon)),
        new(Intents.DailySummary, u => !u.HasPhone && Summary().IsMatch(u.Canon)),
    ];

    [GeneratedRegex(@"^(reply|respond|answer|jawab|message|send|bolo|tell) (to |ko )?phonenum\b")]
    private static partial Regex Reply();

    [GeneratedRegex(@"^(add )?(a )?(note|notes|nt|remember|yaad)\b|^phonenum (ke liye |ka |ki |for )?(note|notes)\b")]
    private static partial Regex Note();

    [GeneratedRegex(
        @"\b(resolve|resolved|resolv|close|closed|solved|solve|done|fixed|fix|theek|sorted|clear|cleared|" +
        @"complete|completed|ho gaya)\b")]
    private static partial Regex Resolve();

    [GeneratedRegex(@"\b(complaint|shikayat)\b")]
    private static partial Regex ComplaintWord();

    [GeneratedRegex(
        @"\b(inquiry|asked|ask|asking|puchh|puch|poocha|pucha|puchha|puchi|looking|wants|want|interested|enquired)\b")]
    private static partial Regex Inquiry();

    [GeneratedRegex(@"\b(followup|callback|call karna|call)\b")]
    private static partial Regex FollowUpWord();

    [GeneratedRegex(
        @"\b(sold|sale|sell|sells|bill|billed|bikri|becha|bought|purchased|purchase|kharida|kharidi|invoice|" +
        @"liya|(?<!ke )liye|li|le gaye|le gaya|le gayi)\b")]
    private static partial Regex SaleWord();

    // A walk-in sale has no number to log against, but still starts with the verb and names a price.
    [GeneratedRegex(@"^(sold|sale|bill|billed|bikri|becha)\b.*\b\d")]
    private static partial Regex SaleWithoutPhone();

    [GeneratedRegex(
        @"\b(who|lookup|details|detail|info|information|find|check|kaun|kon|history|record|records|profile|" +
        @"search|show|dikhao|about|balance|points)\b")]
    private static partial Regex Lookup();

    [GeneratedRegex(@"^(customer |number |no )?phonenum( customer| details| please)?$")]
    private static partial Regex OnlyPhone();

    [GeneratedRegex(@"^(restock|arrival|arrived|received|new stock|naya maal|maal aaya|stock in|stock aaya|inward)\b")]
    private static partial Regex ArrivalFirst();

    [GeneratedRegex(
        @"\b(restock|arrival|arrived|received|stock in|new stock|naya maal|maal|aa gaya|aa gaye|aaya|" +
        @"aaye|aayi|inward|came in)\b")]
    private static partial Regex Arrival();

    // "offer vip 10% off on new arrivals" mentions arrivals and a number, but is the owner's, not a delivery.
    [GeneratedRegex(@"^(send )?(offer|promo|promotion|campaign|broadcast)\b")]
    private static partial Regex OwnerCommand();

    [GeneratedRegex(@"\b\d+\b")]
    private static partial Regex Number();

    [GeneratedRegex(@"\bfollowup\b|\bcallback\b|\b(kisko|kis kis ko|kisse|whom|who|which customer)\b.{0,25}\bcall\b|\bcall list\b")]
    private static partial Regex Followups();

    [GeneratedRegex(
        @"\b(summary|hisaab|report|reports|sales|sale|bikri|collection|galla|turnover|revenue|earning|" +
        @"earnings|kamai|sell|business|dhandha|dhanda|footfall|walk ins|walkins|kitna customer|total)\b")]
    private static partial Regex Summary();
}
