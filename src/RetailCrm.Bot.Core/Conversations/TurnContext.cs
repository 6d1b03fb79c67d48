using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// One inbound message being handled: who sent it, what the bot remembers, the language to answer in, and the
/// replies it queues. Replies go back on the channel the message came in on.
/// </summary>
public sealed class TurnContext(InboundMessage message, Sender sender, DialogState state, Outbox outbox, ReplyTexts texts)
{
    private readonly List<OutboundMessage> _replies = [];

    public InboundMessage Message { get; } = message;

    public Sender Sender { get; } = sender;

    public Role Role => Sender.Role;

    public DialogState State { get; set; } = state;

    public string Text => Message.Body;

    public MessageChannel Channel => Message.Channel;

    /// <summary>Hindi for a message written in Devanagari, English otherwise (see <see cref="ReplyLanguages.Of"/>).</summary>
    public ReplyLanguage Language { get; } = ReplyLanguages.Of(message.Body, state.Language);

    public ReplyTexts Texts { get; } = texts;

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

    /// <summary>The item discussed last, for a message that says "it" or names no item.</summary>
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
        "it", "this", "that", "that one", "this one", "them", "these", "those", "same", "the same", "ye", "yeh", "woh", "wo", "isko", "usko",
        "iska", "uska", "ise", "use", "ye wala", "woh wala", "yah", "vah", "vo",
    };

    /// <summary>A text from <c>bot-manifests/replies</c> in this turn's language.</summary>
    public string Line(string key, params (string Name, object? Value)[] values) => Texts.Get(Language, key, values);

    /// <summary>Replies with a text from <c>bot-manifests/replies</c> in this turn's language.</summary>
    public void Say(string key, params (string Name, object? Value)[] values) => Reply(Line(key, values));

    /// <summary>Queues a reply on the channel the message came in on; returned so a picture can go with it.</summary>
    public OutboundMessage Reply(string text, string kind = OutboundKinds.Reply)
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
        return reply;
    }
}
