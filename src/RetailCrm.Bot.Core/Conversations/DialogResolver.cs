using System.Globalization;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// Bridges one message to the next: when the bot asked for something, the answer fills that slot of the
/// waiting intent ("notify me when it's back" → "Which item?" → "the blue kurta"). A greeting, help or
/// opt-out, or a clearly different request, drops the question, so nobody is ever trapped in it.
/// </summary>
public static class DialogResolver
{
    private static readonly HashSet<string> Resets = new(StringComparer.Ordinal)
    {
        Intents.Greeting, Intents.Help, Intents.OptOut, Intents.OptIn,
    };

    private static readonly HashSet<string> YesWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "y", "yes send", "send", "send it", "ok", "okay", "confirm", "confirmed", "haan", "han", "ha", "haa", "ji", "haan ji",
        "ha bhejo", "haan bhejo", "bhejo", "yes please", "go", "go ahead", "yep", "yeah", "sure", "👍",
    };

    private static readonly HashSet<string> NoWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "n", "nope", "nahi", "nahin", "na", "cancel", "don't", "dont", "don't send", "dont send", "mat bhejo", "rehne do", "stop it", "👎",
    };

    public static Recognition Resolve(DialogState state, Recognition recognized, string text, PhoneNumberNormalizer phones)
    {
        if (state.PendingIntent is not { } pending)
        {
            return recognized;
        }

        if (Resets.Contains(recognized.Intent))
        {
            state.ClearPending();
            return recognized;
        }

        var slots = new Dictionary<string, string>(state.Slots, StringComparer.Ordinal);
        var pendingSlot = state.PendingSlot;

        if (pendingSlot == DialogSlots.Confirm)
        {
            var answer = YesOrNo(text);
            state.ClearPending();
            if (answer is null && recognized.Intent != Intents.Unknown)
            {
                return recognized; // they moved on to something else; the draft is left unconfirmed
            }

            slots[DialogSlots.Confirm] = answer ?? DialogSlots.Unclear;
            return new Recognition(pending, slots, recognized.Source);
        }

        if (recognized.Intent != pending && !CanAnswer(pendingSlot, recognized.Intent))
        {
            state.ClearPending();
            return recognized;
        }

        foreach (var (name, value) in recognized.Slots)
        {
            slots[name] = value;
        }

        if (pendingSlot is not null && !slots.ContainsKey(pendingSlot) && FromText(pendingSlot, text, phones) is { } answered)
        {
            slots[pendingSlot] = answered;
        }

        state.ClearPending();
        return new Recognition(pending, slots, recognized.Source);
    }

    public static string? YesOrNo(string text)
    {
        var cleaned = text.Trim().Trim('.', '!', ' ').ToLowerInvariant();
        return YesWords.Contains(cleaned) ? DialogSlots.Yes : NoWords.Contains(cleaned) ? DialogSlots.No : null;
    }

    /// <summary>An answer to "which item?" often reads like a product question, and "which number?" like a lookup.</summary>
    private static bool CanAnswer(string? slot, string intent) => intent == Intents.Unknown || slot switch
    {
        Slots.Product => intent is Intents.ProductInquiry,
        Slots.Phone => intent is Intents.CustomerLookup,
        Slots.Text => intent is not (Intents.LogSale or Intents.SendOffer or Intents.StockArrival),
        _ => false,
    };

    /// <summary>Reads the bare answer when the recognizer found no slot in it.</summary>
    private static string? FromText(string slot, string text, PhoneNumberNormalizer phones)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        switch (slot)
        {
            case Slots.Phone:
                return phones.Normalize(trimmed);
            case Slots.Amount:
                var digits = new string(trimmed.Where(c => char.IsDigit(c) || c == '.').ToArray());
                return decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount > 0
                    ? amount.ToString(CultureInfo.InvariantCulture)
                    : null;
            case Slots.Quantity or Slots.Rating or Slots.ComplaintId:
                var number = new string(trimmed.Where(char.IsDigit).ToArray());
                return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
                    ? value.ToString(CultureInfo.InvariantCulture)
                    : null;
            case Slots.Product:
                var product = trimmed.Trim('.', '!', '?', '"').Trim();
                foreach (var prefix in (ReadOnlySpan<string>)["the ", "a ", "an ", "for ", "ek "])
                {
                    if (product.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        product = product[prefix.Length..];
                    }
                }

                return product.Length is > 0 and <= 80 ? product : null;
            case Slots.Segment:
                return Campaigns.Segments.Normalize(trimmed);
            default:
                return trimmed;
        }
    }
}
