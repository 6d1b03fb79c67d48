namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// Turns text into an intent for a role. The role is an input, not an output: a recognizer only ever
/// returns intents that role may use.
/// </summary>
public interface IIntentRecognizer
{
    Task<Recognition> RecognizeAsync(string text, Role role, CancellationToken ct);
}
