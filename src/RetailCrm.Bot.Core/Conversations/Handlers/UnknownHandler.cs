namespace RetailCrm.Bot.Core.Conversations.Handlers;

/// <summary>The friendly answer when nothing matched: never silence, never an error.</summary>
public sealed class UnknownHandler : IIntentHandler
{
    public string Intent => Intents.Unknown;

    public Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        turn.Reply(string.IsNullOrWhiteSpace(turn.Text) && turn.Message.MediaCount > 0
            ? "Thanks for the picture! I can only read text for now; tell me in words what you're looking for."
            : "Sorry, I didn't catch that. Type HELP to see what I can do.");
        return Task.CompletedTask;
    }
}
