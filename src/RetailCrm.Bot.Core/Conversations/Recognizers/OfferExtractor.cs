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
            match = AudienceKo().Match(u.Original);
            if (!match.Success)
            {
                return;
            }
        }

        var segment = match.Groups["seg"].Success ? match.Groups["seg"].Value : AudienceAtEnd().Match(u.Original).Groups["seg"].Value;
        work.Set(Slots.Segment, Segment(segment.ToLowerInvariant()));
        work.Set(Slots.Text, SendWords().Replace(match.Groups["text"].Value, "").Trim(' ', ',', '.', ':', '-'));
    }

    private static string? Segment(string word) => word switch
    {
        "सबको" or "सभी" or "सब" or "सारे" => "all",
        "नए" => "new",
        "पुराने" => "inactive",
        _ => Campaigns.Segments.Normalize(word),
    };

    // The RFM segments as owners write them: "at_risk", "at-risk", "at risk", "champions", "champs", "hibernating".
    private const string RfmWords = @"champions?|champs|champians?|at[_ \-]?risk|atrisk|hibernating|sleeping|loyals?|regulars";

    // The segment is optional; "new" followed by arrivals/stock/collection is part of the offer, not a segment.
    [GeneratedRegex(
        @"^\s*(?:please\s+)?(?:send\s+)?(?:an?\s+)?(?:offers?|promo|promotion|campaign|broadcast|blast|ऑफर|ऑफ़र)(?!\w)(?:\s+blast)?(?:\s+(?:to|for))?(?:\s+the)?" +
        @"(?:\s+(?<seg>vips?|premium|gold|" + RfmWords + @"|inactive|lapsed|dormant|old|all|everyone|everybody|sabko|sabhi|sab|new|naye)\b(?!\s+(?:arrivals?|stock|collection))" +
        @"(?:\s+(?:customers?|members?|buyers?|clients?|ones|people|log))?(?:\s+(?:ko\s+)?(?:bhejo|bhej\s+do))?)?" +
        @"\s*[:\-\u2013\u2014,.]*\s*(?<text>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Offer();

    // "sabko offer bhejo - Rakhi special buy 1 get 1": the audience first, as it is said in Hindi.
    [GeneratedRegex(
        @"^\s*(?<seg>sabko|sabhi|sab|all|everyone|vips?|" + RfmWords + @"|inactive|new|सबको|सभी|सब)(?:\s+(?:ko|customers?|को|ग्राहकों\s+को))?\s+(?:offers?|promo|ऑफर|ऑफ़र)(?!\w)(?:\s+(?:bhejo|bhej\s+do|send|भेजो|भेज\s+दो))?" +
        @"\s*[:\-\u2013\u2014,.]*\s*(?<text>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SegmentFirst();

    // "inactive walon ko 15% off ka offer bhejo", "सभी ग्राहकों को भेजो: रविवार को 30% छूट": the audience, then "ko" (to),
    // then the offer, in any order of "offer" and "bhejo".
    [GeneratedRegex(
        @"^\s*(?<seg>vips?|" + RfmWords + @"|inactive|new|all|sabko|sabhi|sab|purane|naye|सबको|सभी|सारे|नए|पुराने)(?:\s+(?:customers?|walon|wale|logon|logo|log|ग्राहकों|ग्राहक|लोगों))?\s+(?:ko|को)(?=[\s:,\-]|$)" +
        @"(?:\s+(?:bhejo|bhej\s+do|send|भेजो|भेज\s+दो))?\s*[:\-\u2013\u2014,.]*\s*(?<text>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AudienceKo();

    // The command words left inside the offer's own text ("... ka offer bhejo" → "... ka offer").
    [GeneratedRegex(@"\s*(?:\b(?:message|msg)\s+)?\b(?:bhejo|bhej\s+do|send\s+it)\b\s*|\s*(?:मैसेज\s+)?(?:भेजो|भेज\s+दो)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SendWords();

    [GeneratedRegex(@"\b(?:for|to)\s+(?<seg>all|everyone|everybody|vips?|" + RfmWords + @"|inactive|new)(?:\s+customers?)?\s*[.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AudienceAtEnd();
}
