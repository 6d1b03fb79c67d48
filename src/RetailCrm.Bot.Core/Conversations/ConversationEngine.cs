using Microsoft.Extensions.Logging;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Phones;
using Microsoft.EntityFrameworkCore;

namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// Runs one turn, Bot Framework style: resolve the sender, honour consent keywords, load state,
/// recognize, let the intent's handler act, save state. It does not save: the inbox processor commits the
/// turn's changes, its replies and "processed" in one transaction.
/// </summary>
public sealed partial class ConversationEngine(
    ICrmDbContext db,
    RoleResolver roles,
    CustomerDirectory customers,
    ConsentService consent,
    ConversationStateStore states,
    IIntentRecognizer recognizer,
    IEnumerable<IIntentHandler> handlers,
    Messaging.Outbox.Outbox outbox,
    ILogger<ConversationEngine> logger)
{
    private readonly Dictionary<string, IIntentHandler> _handlers = handlers.ToDictionary(h => h.Intent);

    public async Task<TurnContext> RunTurnAsync(InboundMessage message, CancellationToken ct)
    {
        var sender = await ResolveSenderAsync(message, ct);
        var (stateRow, state) = await states.LoadAsync(sender.Phone, ct);
        var turn = new TurnContext(message, sender, state, outbox);

        if (await consent.TryHandleKeywordAsync(turn, ct))
        {
            turn.State = new DialogState();
            LogTurn(logger, message.Id, new MaskedPhone(sender.Phone), sender.Role, "consent_keyword");
        }
        else
        {
            var recognition = await recognizer.RecognizeAsync(message.Body, sender.Role, ct);
            var handler = _handlers.GetValueOrDefault(recognition.Intent) ?? _handlers[Intents.Unknown];
            LogTurn(logger, message.Id, new MaskedPhone(sender.Phone), sender.Role, recognition.Intent);
            await handler.HandleAsync(turn, recognition, ct);
        }

        states.Save(stateRow, turn.State);
        return turn;
    }

    private async Task<Sender> ResolveSenderAsync(InboundMessage message, CancellationToken ct)
    {
        var role = await roles.ResolveAsync(message.FromPhone, ct);
        switch (role)
        {
            case Role.Shopper:
                var customer = await customers.TouchFromInboundAsync(message, ct);
                return new Sender(message.FromPhone, role, customer, null);

            case Role.Staff:
                var staff = await db.Staff.SingleAsync(s => s.Phone == message.FromPhone && s.IsActive, ct);
                staff.LastChannel = message.Channel;
                return new Sender(message.FromPhone, role, null, staff);

            default:
                return new Sender(message.FromPhone, role, null, null);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn for inbound {InboundId} from {Phone} as {Role}: {Intent}")]
    private static partial void LogTurn(ILogger logger, long inboundId, MaskedPhone phone, Role role, string intent);
}
