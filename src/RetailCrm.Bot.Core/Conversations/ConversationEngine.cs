using Microsoft.Extensions.Logging;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// Runs one turn, Bot Framework style: resolve the sender, honour consent keywords, load state, recognize,
/// fill what the intent needs (asking for a missing slot, or which of two meanings was meant), let the intent's
/// handler act, save state. It does not save: the inbox processor commits the turn's changes, its replies and
/// "processed" in one transaction.
/// </summary>
public sealed partial class ConversationEngine(
    RoleResolver roles,
    CustomerDirectory customers,
    ConsentService consent,
    ConversationStateStore states,
    IIntentRecognizer recognizer,
    ISlotReader slotReader,
    IEnumerable<IIntentHandler> handlers,
    Messaging.Outbox.Outbox outbox,
    ReplyTexts texts,
    ILogger<ConversationEngine> logger)
{
    private readonly Dictionary<string, IIntentHandler> _handlers = handlers.ToDictionary(h => h.Intent);

    /// <summary>
    /// First half of a turn, outside any transaction because recognition may be slow: who is writing, what
    /// the bot remembers, and what they want. It only reads (changes stay in the unit of work).
    /// </summary>
    public async Task<PlannedTurn> UnderstandAsync(TurnRows rows, CancellationToken ct)
    {
        var message = rows.Message;
        var sender = ResolveSender(rows);
        var (stateRow, state) = states.Use(sender.Phone, rows.State);
        var turn = new TurnContext(message, sender, state, outbox, texts);
        state.Language = turn.Language;
        if (ConsentService.IsKeyword(message))
        {
            return new PlannedTurn(turn, stateRow, null);
        }

        var recognized = await recognizer.RecognizeAsync(message.Body, sender.Role, ct);
        var recognition = DialogResolver.Resolve(turn.State, recognized, message.Body, slotReader);

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
            turn.State = new DialogState { Language = turn.Language };
            LogTurn(logger, turn.Message.Id, masked, turn.Role, "consent_keyword", RecognizedBy.Rules, 1);
        }
        else
        {
            var definition = IntentCatalog.Get(recognition.Intent);
            recognition = WithLastItem(definition, Valid(recognition), turn.State);
            LogTurn(logger, turn.Message.Id, masked, turn.Role, recognition.Intent, recognition.Source, recognition.Confidence);
            if (recognition.Alternatives.Count == 2)
            {
                Clarify(turn, recognition);
            }
            else if (definition.FirstMissing(recognition) is { } missing)
            {
                turn.Ask(recognition, missing.Type.Name, turn.Line(definition.QuestionKey(missing.Type), Values(recognition)));
            }
            else
            {
                await _handlers[recognition.Intent].HandleAsync(turn, recognition, ct);
            }
        }

        states.Save(planned.StateRow, turn.State);
        return turn;
    }

    /// <summary>Both halves, for callers that need no transaction between them.</summary>
    public async Task<TurnContext> RunTurnAsync(TurnRows rows, CancellationToken ct) =>
        await ActAsync(await UnderstandAsync(rows, ct), ct);

    /// <summary>"Did you mean 1. … or 2. …?": the answer picks the intent and the original message's slots are read for it.</summary>
    private static void Clarify(TurnContext turn, Recognition recognition)
    {
        turn.State.ClearPending();
        turn.State.Choices = [.. recognition.Alternatives];
        turn.State.ChoiceText = turn.Text;
        turn.Say("clarify",
            ("first", turn.Line(IntentCatalog.Get(recognition.Alternatives[0]).MeaningKey)),
            ("second", turn.Line(IntentCatalog.Get(recognition.Alternatives[1]).MeaningKey)));
    }

    /// <summary>Slot values of the wrong shape (an amount that is not a number) count as not given, so they are asked for.</summary>
    private static Recognition Valid(Recognition recognition)
    {
        var valid = recognition.Slots
            .Where(s => SlotTypes.Find(s.Key) is not { } type || type.IsValid(s.Value))
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        return valid.Count == recognition.Slots.Count ? recognition : recognition with { Slots = valid };
    }

    /// <summary>"do you have it in blue?": no item (or "it") means the item discussed last, in the colour or size now asked.</summary>
    private static Recognition WithLastItem(IntentDefinition definition, Recognition recognition, DialogState state)
    {
        var product = recognition.Slot(Slots.Product);
        if (!definition.UsesLastItem || state.LastProduct is null || (product is not null && !TurnContext.IsPronoun(product)))
        {
            return recognition;
        }

        var slots = new Dictionary<string, string>(recognition.Slots, StringComparer.Ordinal) { [Slots.Product] = state.LastProduct };
        if (recognition.Slot(Slots.Color) is null && state.LastColor is not null)
        {
            slots[Slots.Color] = state.LastColor;
        }

        if (recognition.Slot(Slots.Size) is null && state.LastSize is not null)
        {
            slots[Slots.Size] = state.LastSize;
        }

        return recognition with { Slots = slots };
    }

    private static (string Name, object? Value)[] Values(Recognition recognition) =>
        recognition.Slots.Select(s => (s.Key, (object?)s.Value)).ToArray();

    /// <summary>Who is writing, from the rows the turn was loaded with: no further query.</summary>
    private Sender ResolveSender(TurnRows rows)
    {
        var message = rows.Message;
        switch (roles.RoleOf(message.FromPhone, isActiveStaff: rows.Staff is not null))
        {
            case Role.Shopper:
                return new Sender(message.FromPhone, Role.Shopper, customers.Touch(message, rows.Customer), null);

            case Role.Staff:
                rows.Staff!.LastChannel = message.Channel;
                return new Sender(message.FromPhone, Role.Staff, null, rows.Staff);

            default:
                return new Sender(message.FromPhone, Role.Owner, null, null);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn for inbound {InboundId} from {Phone} as {Role}: {Intent} by {Recognizer} ({Confidence:0.00})")]
    private static partial void LogTurn(ILogger logger, long inboundId, MaskedPhone phone, Role role, string intent, string recognizer, double confidence);
}

/// <summary>A turn that has been understood and is ready to act on. A null recognition means a consent keyword.</summary>
public sealed record PlannedTurn(TurnContext Turn, ConversationState StateRow, Recognition? Recognition);
