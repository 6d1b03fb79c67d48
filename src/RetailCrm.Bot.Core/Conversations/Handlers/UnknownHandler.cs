namespace RetailCrm.Bot.Core.Conversations.Handlers;

/// <summary>
/// The friendly answer when nothing matched: never silence, never an error. Staff who typed an owner's command
/// hear that it is the owner's, rather than that they were not understood.
/// </summary>
public sealed class UnknownHandler : IIntentHandler<UnknownHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.Unknown, Role.Shopper);

    public Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        if (recognition.AboveRole is { } wanted && turn.Role == Role.Staff)
        {
            turn.Say("unknown.owners_only", ("meaning", turn.Line(IntentCatalog.Get(wanted).MeaningKey)));
        }
        else if (string.IsNullOrWhiteSpace(turn.Text) && turn.Message.MediaCount > 0)
        {
            turn.Say("unknown.picture");
        }
        else
        {
            turn.Say("unknown.not_understood");
        }

        return Task.CompletedTask;
    }
}
