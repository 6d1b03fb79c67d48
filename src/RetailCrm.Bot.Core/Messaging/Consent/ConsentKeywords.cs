namespace RetailCrm.Bot.Core.Messaging.Consent;

/// <summary>
/// The industry-standard keywords, matched like carriers and Twilio match them: the whole message,
/// any case, surrounding spaces and punctuation ignored.
/// </summary>
public static class ConsentKeywords
{
    private static readonly HashSet<string> OptOut = new(StringComparer.OrdinalIgnoreCase)
    {
        "STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "CANCEL", "REVOKE", "OPTOUT",
    };

    private static readonly HashSet<string> OptIn = new(StringComparer.OrdinalIgnoreCase) { "START", "UNSTOP" };

    private static readonly HashSet<string> Help = new(StringComparer.OrdinalIgnoreCase) { "HELP", "INFO" };

    public static ConsentKeyword? Match(string? body)
    {
        var word = (body ?? "").Trim().Trim('.', '!', '?', ' ', '"', '\'');
        if (OptOut.Contains(word))
        {
            return new ConsentKeyword(ConsentKeywordKind.OptOut, word.ToUpperInvariant());
        }

        if (OptIn.Contains(word))
        {
            return new ConsentKeyword(ConsentKeywordKind.OptIn, word.ToUpperInvariant());
        }

        return Help.Contains(word) ? new ConsentKeyword(ConsentKeywordKind.Help, word.ToUpperInvariant()) : null;
    }

    /// <summary>Twilio's <c>OptOutType</c> values (STOP, START, HELP) as our kinds.</summary>
    public static ConsentKeywordKind? FromOptOutType(string? optOutType) => optOutType?.Trim().ToUpperInvariant() switch
    {
        "STOP" => ConsentKeywordKind.OptOut,
        "START" => ConsentKeywordKind.OptIn,
        "HELP" => ConsentKeywordKind.Help,
        _ => null,
    };
}

public enum ConsentKeywordKind
{
    OptOut,
    OptIn,
    Help,
}

public sealed record ConsentKeyword(ConsentKeywordKind Kind, string Word);
