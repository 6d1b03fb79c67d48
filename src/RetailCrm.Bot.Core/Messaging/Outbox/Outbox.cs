using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Messaging.Outbox;

/// <summary>
/// Adds messages to the outbox inside the caller's unit of work, so the message is saved if and only if
/// the change that caused it is. The dispatcher sends it afterwards.
/// </summary>
public sealed class Outbox(ICrmDbContext db, StoreClock clock)
{
    public OutboundMessage Queue(
        string toPhone,
        MessageChannel channel,
        string body,
        string kind,
        MessagePurpose purpose,
        Customers.Customer? customer = null,
        long? inboundMessageId = null,
        string? idempotencyKey = null,
        DateTime? dueAt = null)
    {
        var message = new OutboundMessage
        {
            ToPhone = toPhone,
            Channel = channel,
            Body = body,
            Kind = kind,
            Purpose = purpose,
            Customer = customer,
            InboundMessageId = inboundMessageId,
            IdempotencyKey = idempotencyKey,
            CreatedAt = clock.UtcNow,
            DueAt = dueAt ?? clock.UtcNow,
        };
        db.OutboundMessages.Add(message);
        return message;
    }
}
