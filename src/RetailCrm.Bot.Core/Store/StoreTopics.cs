using System.Text.RegularExpressions;
using RetailCrm.Bot.Core.Conversations.Understanding;

namespace RetailCrm.Bot.Core.Store;

/// <summary>Which of the store's facts a question is about; none recognised means all of them.</summary>
internal sealed partial record StoreTopics(bool Address, bool Hours, bool Phone, bool Other)
{
    public static StoreTopics Of(string text)
    {
        var lower = Devanagari.ToRoman(text).ToLowerInvariant();
        var topics = new StoreTopics(AddressWords().IsMatch(lower), HoursWords().IsMatch(lower), PhoneWords().IsMatch(lower), OtherWords().IsMatch(lower));
        return topics is { Address: false, Hours: false, Phone: false, Other: false } ? new StoreTopics(true, true, true, false) : topics;
    }

    [GeneratedRegex(@"\b(where|address|adress|addr|location|locat\w*|kahan|kaha|kidhar|map|maps|direction\w*|route|reach|landmark|near\w*|pata|pin ?code|branch|shop kaha)\b")]
    private static partial Regex AddressWords();

    [GeneratedRegex(@"\b(open|opening|opens|close|closing|closed|timing\w*|time|hours?|hrs|baje|khul\w*|band|kab|today|tomorrow|aaj|aj|kal|sunday|monday|tuesday|wednesday|thursday|friday|saturday|holiday|chhutti|ravivar|somvar|shanivar)\b")]
    private static partial Regex HoursWords();

    [GeneratedRegex(@"\b(phone|number|no\.?|call|contact|landline|mobile|helpline)\b")]
    private static partial Regex PhoneWords();

    [GeneratedRegex(@"\b(upi|card|cards|gpay|paytm|phonepe|cash|payment|pay|emi|parking|park|deliver\w*|home delivery|trial|alteration|online)\b")]
    private static partial Regex OtherWords();
}
