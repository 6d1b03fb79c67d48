namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// Bridges one message to the next: when the bot asked for something, the answer fills that slot of the
/// waiting intent ("notify me when it's back" → "Which item?" → "the blue kurta"); when it asked which of two
/// meanings was meant, "1" or "2" picks one. A greeting, help or opt-out, or a clearly different request, drops
/// the question, so nobody is ever trapped in it.
/// </summary>
public static class DialogResolver
{
    private static readonly HashSet<string> YesWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "y", "yes send", "send", "send it", "ok", "okay", "confirm", "confirmed", "haan", "han", "ha", "haa", "ji", "haan ji",
        "ha bhejo", "haan bhejo", "bhejo", "yes please", "go", "go ahead", "yep", "yeah", "sure", "👍", "हाँ", "हां", "हाँ जी", "जी", "भेजो",
    };

    private static readonly HashSet<string> NoWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "n", "nope", "nahi", "nahin", "na", "cancel", "don't", "dont", "don't send", "dont send", "mat bhejo", "rehne do", "stop it", "👎",
        "नहीं", "ना", "मत भेजो", "रहने दो",
    };

    private static readonly string[][] ChoiceWords =
    [
        ["1", "one", "first", "1st", "pehla", "pehli", "pahla", "पहला", "पहली", "१"],
        ["2", "two", "second", "2nd", "dusra", "doosra", "dusri", "दूसरा", "दूसरी", "२"],
    ];

    public static Recognition Resolve(DialogState state, Recognition recognized, string text, ISlotReader reader)
    {
        if (state.Choices.Count > 0)
        {
            return Choose(state, recognized, text, reader);
        }

        if (state.PendingIntent is not { } pending)
        {
            return recognized;
        }

        var slots = new Dictionary<string, string>(state.Slots, StringComparer.Ordinal);
        var pendingSlot = state.PendingSlot;

        // YES or NO is the answer to "Reply YES to send", whatever else "no" might mean on its own.
        if (pendingSlot == DialogSlots.Confirm)
        {
            var answer = YesOrNo(text);
            state.ClearPending();
            if (answer is null && recognized.Intent != Intents.Unknown)
            {
                return recognized; // they moved on to something else; the draft is left unconfirmed
            }

            slots[DialogSlots.Confirm] = answer ?? DialogSlots.Unclear;
            return new Recognition(pending, slots, RecognizedBy.Dialog);
        }

        if (IntentCatalog.Find(recognized.Intent) is { StartsAfresh: true })
        {
            state.ClearPending();
            return recognized;
        }

        var slotType = pendingSlot is null ? null : SlotTypes.Find(pendingSlot);
        var answered = slotType is null ? null : reader.ReadAnswer(pending, slotType, text);
        // A number, a phone, a date or an item the store's words know ("the blue kurta") that reads as the answer is
        // the answer, whatever else the words might mean; other words are only an answer when the message is not
        // plainly something else. A command a rule claimed is always a new request.
        var isValue = slotType is not null && slotType.Name != Slots.Text && (slotType.Name != Slots.Product || (answered is not null && reader.NamesAnItem(answered)));
        // Free text ("What's the offer?") may use any words, so only a complete command is a new request: "10% off on
        // new arrivals this weekend" names no quantity, so it is the offer the bot asked for, not a stock arrival.
        var halfACommand = slotType?.Name == Slots.Text && answered is not null
            && IntentCatalog.Find(recognized.Intent)?.FirstMissing(recognized) is not null;
        var movedOn = recognized.Intent != pending
            && recognized.Intent != Intents.Unknown
            && !CanAnswer(pendingSlot, recognized.Intent)
            && !halfACommand
            && (recognized.Source == RecognizedBy.Rules || !(isValue && answered is not null));
        if (movedOn)
        {
            state.ClearPending();
            return recognized;
        }

        // "the blue one in M" answers "which item?" and says the colour and size too.
        if (recognized.Intent == pending || CanAnswer(pendingSlot, recognized.Intent))
        {
            var definition = IntentCatalog.Find(pending);
            foreach (var (name, value) in recognized.Slots.Where(s => definition?.Declares(s.Key) ?? true))
            {
                slots[name] = value;
            }
        }

        if (pendingSlot is not null && answered is not null && !slots.ContainsKey(pendingSlot))
        {
            slots[pendingSlot] = answered;
        }

        state.ClearPending();
        return new Recognition(pending, slots, RecognizedBy.Dialog);
    }

    public static string? YesOrNo(string text)
    {
        var cleaned = text.Trim().Trim('.', '!', ' ', '।').ToLowerInvariant();
        return YesWords.Contains(cleaned) ? DialogSlots.Yes : NoWords.Contains(cleaned) ? DialogSlots.No : null;
    }

    /// <summary>"1", "2", "the first", "दूसरा", or a message that plainly means one of the two.</summary>
    private static Recognition Choose(DialogState state, Recognition recognized, string text, ISlotReader reader)
    {
        var choices = state.Choices;
        var original = state.ChoiceText ?? text;
        state.ClearPending();

        var cleaned = text.Trim().Trim('.', '!', ')', ' ', '।').ToLowerInvariant();
        for (var i = 0; i < Math.Min(choices.Count, ChoiceWords.Length); i++)
        {
            if (ChoiceWords[i].Contains(cleaned) || cleaned.StartsWith(ChoiceWords[i][0] + " ", StringComparison.Ordinal))
            {
                return new Recognition(choices[i], reader.SlotsFor(choices[i], original), RecognizedBy.Dialog);
            }
        }

        return recognized; // a new message of its own
    }

    /// <summary>An answer to "which item?" often reads like a product question, and "which number?" like a lookup.</summary>
    private static bool CanAnswer(string? slot, string intent) => slot switch
    {
        Slots.Product => intent is Intents.ProductInquiry,
        Slots.Phone => intent is Intents.CustomerLookup,
        Slots.Text => intent is not (Intents.LogSale or Intents.SendOffer or Intents.StockArrival),
        _ => false,
    };
}
