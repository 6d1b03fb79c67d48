using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Core.Messaging.Consent;

/// <summary>"Please stop messaging me": the sentence form of STOP, honoured the same way.</summary>
public sealed class OptOutHandler(ConsentService consent) : IIntentHandler
{
    public string Intent => Intents.OptOut;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        turn.State = new DialogState();
        await consent.ApplyAsync(turn.Sender.Phone, ConsentKeywordKind.OptOut, turn.Channel, "opt_out", ConsentSource.Keyword, ct);
        turn.Reply(consent.OptedOutReply(), Outbox.OutboundKinds.ConsentConfirmation);
    }
}

/// <summary>"Subscribe me again": the sentence form of START.</summary>
public sealed class OptInHandler(ConsentService consent) : IIntentHandler
{
    public string Intent => Intents.OptIn;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        turn.State = new DialogState();
        await consent.ApplyAsync(turn.Sender.Phone, ConsentKeywordKind.OptIn, turn.Channel, "opt_in", ConsentSource.Keyword, ct);
        turn.Reply(consent.OptedInReply(), Outbox.OutboundKinds.ConsentConfirmation);
    }
}
