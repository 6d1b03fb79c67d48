using RetailCrm.Bot.Core.Conversations.Understanding;

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
    private Utterance(string original, IReadOnlyList<PhoneMatch> phones, string lower, string[] tokens, Lexicon lexicon)
    {
        Original = original;
        Phones = phones;
        Lower = lower;
        Tokens = tokens;
        Canon = string.Join(' ', tokens);
        Lexicon = lexicon;
    }

    /// <summary>What the sender typed (Devanagari digits as ASCII); free-text slots are cut from here so their casing survives.</summary>
    public string Original { get; }

    public IReadOnlyList<PhoneMatch> Phones { get; }

    /// <summary>Lower case, in Roman letters, phones replaced by <see cref="TextNormalizer.PhoneToken"/>, punctuation kept for slot patterns.</summary>
    public string Lower { get; }

    /// <summary>Canonical words (typos, Hinglish and Hindi spellings folded); intent rules read this.</summary>
    public string Canon { get; }

    public IReadOnlyList<string> Tokens { get; }

    public Lexicon Lexicon { get; }

    public bool HasPhone => Phones.Count > 0;

    public static Utterance Read(string text, PhoneFinder phones, Lexicon lexicon)
    {
        var original = TextNormalizer.AsciiDigits(text);
        var found = phones.Find(original);
        var lower = TextNormalizer.Lower(original, found);
        return new Utterance(original, found, lower, TextNormalizer.CanonicalTokens(lower, lexicon), lexicon);
    }
}
