using RetailCrm.Bot.Core.Conversations.Recognizers;

namespace RetailCrm.Bot.Core.Conversations.Understanding;

/// <summary>
/// The text the intent model reads: the canonical words but articles (Hindi and Hinglish spellings folded, phone numbers as
/// one token), every number as "num" (the amount does not change what a message means) except 1 to 5, and the emoji, which
/// often say more than the words ("😡😡", "👍"). Training and recognition go through this one function.
/// </summary>
internal static class IntentFeatures
{
    /// <summary>Part of the model's fingerprint: change it whenever <see cref="Of"/> reads text differently.</summary>
    public const string Version = "features-3";

    // "the", "a", "an" say nothing about what a message wants, yet a model learns them from whichever intent's
    // examples happen to use them most ("the zip broke": complaints), so they are left out.
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an" };

    public static string Of(Utterance utterance)
    {
        // 1 to 5 stay themselves: alone, they are ratings; any other number is just "a number".
        var words = utterance.Tokens
            .Where(t => !Articles.Contains(t))
            .Select(t => !char.IsAsciiDigit(t[0]) ? t : t is "1" or "2" or "3" or "4" or "5" ? t : "num");
        return string.Join(' ', words.Concat(TextNormalizer.Pictographs(utterance.Original)));
    }
}
