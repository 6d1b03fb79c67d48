namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>A phone number found in the message: where it was written and what it means.</summary>
internal sealed record PhoneMatch(int Start, int Length, string E164)
{
    public int End => Start + Length;
}

/// <summary>
/// One message, read once. Phone numbers are found first and hidden from every later reader, so a mobile
/// number is never mistaken for an amount, a quantity or a complaint number.
/// </summary>
internal sealed class Utterance
{
    private Utterance(string original, IReadOnlyList<PhoneMatch> phones, string lower, string canon)
    {
        Original = original;
        Phones = phones;
        Lower = lower;
        Canon = canon;
    }

    /// <summary>What the sender typed; free-text slots are cut from here so their casing survives.</summary>
    public string Original { get; }

    public IReadOnlyList<PhoneMatch> Phones { get; }

    /// <summary>Lower case, phones replaced by <see cref="TextNormalizer.PhoneToken"/>, punctuation kept for slot patterns.</summary>
    public string Lower { get; }

    /// <summary>Canonical words joined by single spaces (typos and Hinglish variants folded); intent rules read this.</summary>
    public string Canon { get; }

    public bool HasPhone => Phones.Count > 0;

    public static Utterance Read(string text, PhoneFinder phones)
    {
        var found = phones.Find(text);
        var lower = TextNormalizer.Lower(text, found);
        return new Utterance(text, found, lower, TextNormalizer.Canonical(lower));
    }
}
