using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// One inbound message being handled: who sent it, what the bot remembers, and the replies it queues.
/// Replies go back on the channel the message came in on.
/// </summary>
public sealed class TurnContext(InboundMessage message, Sender sender, DialogState state, Outbox outbox)
{
    private readonly List<OutboundMessage> _replies = [];

    public InboundMessage Message { get; } = message;

    public Sender Sender { get; } = sender;

    public Role Role => Sender.Role;

    public DialogState State { get; set; } = state;

    public string Text => Message.Body;

    public MessageChannel Channel => Message.Channel;

    public IReadOnlyList<OutboundMessage> Replies => _replies;

    /// <summary>Work to start once the turn is committed (a job that must see what this turn saved).</summary>
    public List<Func<CancellationToken, Task>> AfterCommit { get; } = [];

    /// <summary>
    /// Asks for a missing slot: the question goes out and the intent waits, with what it has so far, for the
    /// next message to answer it.
    /// </summary>
    public void Ask(Recognition recognition, string slot, string question)
    {
        State.PendingIntent = recognition.Intent;
        State.PendingSlot = slot;
        State.Slots = recognition.Slots.Where(s => s.Key != slot).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        Reply(question);
    }

    /// <summary>
    /// The item a message is about. "it", "this", "that one" (or no item at all) mean the item discussed
    /// last; a colour or size in the new message still applies ("do you have it in blue?").
    /// </summary>
    public (string? Product, string? Color, string? Size) Item(Recognition recognition)
    {
        var product = recognition.Slot(Slots.Product);
        var color = recognition.Slot(Slots.Color);
        var size = recognition.Slot(Slots.Size);
        if (product is null || IsPronoun(product))
        {
            return (State.LastProduct, color ?? State.LastColor, size ?? State.LastSize);
        }

        return (product, color, size);
    }

    public void Remember(string product, string? color, string? size)
    {
        State.LastProduct = product;
        State.LastColor = color;
        State.LastSize = size;
    }

    /// <summary>"it", "that one", "woh": words that point at the item discussed last.</summary>
    public static bool IsPronoun(string text) => Pronouns.Contains(text.Trim().ToLowerInvariant());

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "it", "this", "that", "that one", "this one", "them", "these", "those", "same", "the same", "ye", "yeh", "woh", "wo", "isko", "usko", "iska", "uska",
    };

    public void Reply(string text, string kind = OutboundKinds.Reply)
    {
        var reply = outbox.Queue(
            Sender.Phone,
            Message.Channel,
            text,
            kind,
            MessagePurpose.Reply,
            Sender.Customer,
            Message.Id);
        _replies.Add(reply);
    }
}
