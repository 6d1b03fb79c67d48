using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// "offer vip 10% off on new arrivals", "send offer to all: flat 500 off": who gets the offer (segment) and
/// the offer's own words (text), which go to customers exactly as the owner typed them.
/// </summary>
internal static partial class OfferExtractor
{
    public static void Extract(Utterance u, SlotWork work)
    {
        var match = Offer().Match(u.Original);
        if (!match.Success)
        {
            match = SegmentFirst().Match(u.Original);
        }

        if (!match.Success)
        {
            return;
        }

        var segment = match.Groups["seg"].Success ? match.Groups["seg"].Value : AudienceAtEnd().Match(u.Original).Groups["seg"].Value;
        work.Set(Slots.Segment, Segment(segment.ToLowerInvariant()));
        work.Set(Slots.Text, match.Groups["text"].Value.Trim());
    }

    private static string? Segment(string word) => word switch
    {
        "vip" or "vips" or "premium" or "loyal" or "gold" => "vip",
        "inactive" or "lapsed" or "dormant" or "old" => "inactive",
        "all" or "everyone" or "everybody" or "sabko" or "sab" or "sabhi" or "सबको" or "सभी" or "सब" => "all",
        "new" or "naye" => "new",
        _ => null,
    };

    // The segment is optional; "new" followed by arrivals/stock/collection is part of the offer, not a segment.
    [GeneratedRegex(
        @"^\s*(?:please\s+)?(?:send\s+)?(?:an?\s+)?(?:offers?|promo|promotion|campaign|broadcast|ऑफर|ऑफ़र)(?!\w)(?:\s+(?:to|for))?(?:\s+the)?" +
        @"(?:\s+(?<seg>vips?|premium|loyal|gold|inactive|lapsed|dormant|old|all|everyone|everybody|sabko|sabhi|sab|new|naye)\b(?!\s+(?:arrivals?|stock|collection))" +
        @"(?:\s+(?:customers?|members?|buyers?|clients?|ones|people|log))?(?:\s+(?:ko\s+)?(?:bhejo|bhej\s+do))?)?" +
        @"\s*[:\-\u2013\u2014,.]*\s*(?<text>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Offer();

    // "sabko offer bhejo - Rakhi special buy 1 get 1": the audience first, as it is said in Hindi.
    [GeneratedRegex(
        @"^\s*(?<seg>sabko|sabhi|sab|all|everyone|vips?|inactive|new|सबको|सभी|सब)(?:\s+(?:ko|customers?|को|ग्राहकों\s+को))?\s+(?:offers?|promo|ऑफर|ऑफ़र)(?!\w)(?:\s+(?:bhejo|bhej\s+do|send|भेजो|भेज\s+दो))?" +
        @"\s*[:\-\u2013\u2014,.]*\s*(?<text>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SegmentFirst();

    [GeneratedRegex(@"\b(?:for|to)\s+(?<seg>all|everyone|everybody|vips?|inactive|new)(?:\s+customers?)?\s*[.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AudienceAtEnd();
}
