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
