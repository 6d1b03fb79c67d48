namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// The language the bot answers in. A shopper who writes Devanagari is answered in Hindi; Roman-script Hindi
/// (Hinglish) and English are answered in English, which Hinglish writers read every day.
/// </summary>
public enum ReplyLanguage
{
    English,
    Hindi,
}

public static class ReplyLanguages
{
    public static readonly IReadOnlyList<ReplyLanguage> All = Enum.GetValues<ReplyLanguage>();

    /// <summary>The file under <c>bot-manifests/replies/</c> that holds a language's texts.</summary>
    public static string Code(this ReplyLanguage language) => language == ReplyLanguage.Hindi ? "hi" : "en";

    /// <summary>
    /// The language of one message. Digits, emoji and punctuation say nothing, so a "👍" or a "2" keeps the
    /// language the conversation was already in.
    /// </summary>
    public static ReplyLanguage Of(string? text, ReplyLanguage conversation)
    {
        var hasLetters = false;
        foreach (var c in text ?? "")
        {
            if (c is >= '\u0900' and <= '\u097F')
            {
                return ReplyLanguage.Hindi;
            }

            hasLetters |= char.IsLetter(c);
        }

        return hasLetters ? ReplyLanguage.English : conversation;
    }
}
