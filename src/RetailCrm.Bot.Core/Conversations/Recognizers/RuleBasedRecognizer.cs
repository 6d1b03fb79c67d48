using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// Rules first: fast, deterministic, no network. Only greetings and help so far; the full intent set
/// grows here.
/// </summary>
public sealed partial class RuleBasedRecognizer : IIntentRecognizer
{
    public Task<Recognition> RecognizeAsync(string text, Role role, CancellationToken ct)
    {
        var normalized = text.Trim().ToLowerInvariant();
        if (Greeting().IsMatch(normalized))
        {
            return Task.FromResult(Recognition.Of(Intents.Greeting));
        }

        if (Help().IsMatch(normalized))
        {
            return Task.FromResult(Recognition.Of(Intents.Help));
        }

        return Task.FromResult(Recognition.Of(Intents.Unknown));
    }

    [GeneratedRegex(@"^(hi+|hello+|hey+|hii+|helo|namaste|namaskar|good (morning|afternoon|evening))\b[\s!.,]*\w*[\s!.]*$")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(help|menu|\?|what can you do\??|commands|info)[\s!.?]*$")]
    private static partial Regex Help();
}
