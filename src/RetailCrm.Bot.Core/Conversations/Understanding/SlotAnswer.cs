using System.Globalization;
using RetailCrm.Bot.Core.Conversations.Recognizers;

namespace RetailCrm.Bot.Core.Conversations.Understanding;

/// <summary>
/// The answer to "which number?", "how much?", "which item?" when it is nothing but the answer: "9876543210",
/// "2499", "the blue one". Whole messages are read by the slot extractors first; this is what is left.
/// </summary>
internal static class SlotAnswer
{
    public static string? Read(SlotType slot, string text, PhoneFinder phones, Lexicon lexicon)
    {
        var trimmed = TextNormalizer.AsciiDigits(text).Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        switch (slot.Name)
        {
            case Slots.Phone:
                return phones.Find(trimmed) is [var phone, ..] ? phone.E164 : null;
            case Slots.Amount:
                var digits = new string(trimmed.Where(c => char.IsDigit(c) || c == '.').ToArray());
                return decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount > 0
                    ? AmountExtractor.Format(amount)
                    : null;
            case Slots.Quantity or Slots.Rating or Slots.ComplaintId:
                var number = new string(trimmed.Where(char.IsDigit).ToArray());
                return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
                    ? value.ToString(CultureInfo.InvariantCulture)
                    : null;
            case Slots.Product:
                var words = TextNormalizer.CanonicalTokens(TextNormalizer.Lower(trimmed, []), lexicon)
                    .SkipWhile(w => w is "the" or "a" or "an" or "for" or "ek" or "wo" or "woh" or "vo")
                    .ToList();
                var product = string.Join(' ', words);
                return product.Length is > 0 and <= 80 ? product : null;
            case Slots.Segment:
                // "vip", "at risk", "at risk customers": the first one or two words that name a segment.
                var said = TextNormalizer.CanonicalTokens(TextNormalizer.Lower(trimmed, []), lexicon);
                return said.Select((w, i) => Campaigns.Segments.Normalize(i + 1 < said.Length ? w + " " + said[i + 1] : null) ?? Campaigns.Segments.Normalize(w))
                    .FirstOrDefault(s => s is not null);
            default:
                return trimmed;
        }
    }
}
