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
    PhoneNumberNormalizer phones,
    ILogger<ConversationEngine> logger)
{
    private readonly Dictionary<string, IIntentHandler> _handlers = handlers.ToDictionary(h => h.Intent);

    /// <summary>
    /// First half of a turn, outside any transaction because recognition may be slow: who is writing, what
    /// the bot remembers, and what they want. It only reads (changes stay in the unit of work).
    /// </summary>
    public async Task<PlannedTurn> UnderstandAsync(InboundMessage message, CancellationToken ct)
    {
        var sender = await ResolveSenderAsync(message, ct);
        var (stateRow, state) = await states.LoadAsync(sender.Phone, ct);
        var turn = new TurnContext(message, sender, state, outbox);
        if (ConsentService.IsKeyword(message))
        {
            return new PlannedTurn(turn, stateRow, null);
        }

        var recognized = await recognizer.RecognizeAsync(message.Body, sender.Role, ct);
        var recognition = DialogResolver.Resolve(turn.State, recognized, message.Body, phones);

        // The role gate, checked here as well as in the recognizer: whatever produced the intent, a shopper
        // never reaches a staff or owner handler.
        if (!IntentCatalog.IsAllowed(recognition.Intent, sender.Role))
        {
            recognition = Recognition.Of(Intents.Unknown);
        }

        return new PlannedTurn(turn, stateRow, recognition);
    }

    /// <summary>Second half, inside the turn's transaction: consent keywords or the intent's handler, then the state.</summary>
    public async Task<TurnContext> ActAsync(PlannedTurn planned, CancellationToken ct)
    {
        var turn = planned.Turn;
        var masked = new MaskedPhone(turn.Sender.Phone);
        if (planned.Recognition is not { } recognition)
        {
            await consent.TryHandleKeywordAsync(turn, ct);
            turn.State = new DialogState();
            LogTurn(logger, turn.Message.Id, masked, turn.Role, "consent_keyword");
        }
        else
        {
            var handler = _handlers.GetValueOrDefault(recognition.Intent) ?? _handlers[Intents.Unknown];
            LogTurn(logger, turn.Message.Id, masked, turn.Role, recognition.Intent);
            await handler.HandleAsync(turn, recognition, ct);
        }

        states.Save(planned.StateRow, turn.State);
        return turn;
    }

    /// <summary>Both halves, for callers that need no transaction between them.</summary>
    public async Task<TurnContext> RunTurnAsync(InboundMessage message, CancellationToken ct) =>
        await ActAsync(await UnderstandAsync(message, ct), ct);

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

/// <summary>A turn that has been understood and is ready to act on. A null recognition means a consent keyword.</summary>
public sealed record PlannedTurn(TurnContext Turn, ConversationState StateRow, Recognition? Recognition);
