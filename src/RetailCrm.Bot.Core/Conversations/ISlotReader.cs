namespace RetailCrm.Bot.Core.Conversations;

/// <summary>Reads slots out of a message the dialog already knows the intent of.</summary>
public interface ISlotReader
{
    /// <summary>The slots of a message read as <paramref name="intent"/> (the answer to a clarifying question).</summary>
    IReadOnlyDictionary<string, string> SlotsFor(string intent, string text);

    /// <summary>A reply to the bot's question for one slot, or null when it does not answer it.</summary>
    string? ReadAnswer(string intent, SlotType slot, string text);

    /// <summary>Whether the words name an item, brand or product line the store's lexicon knows ("blue kurta", "pegasus").</summary>
    bool NamesAnItem(string text);
}
