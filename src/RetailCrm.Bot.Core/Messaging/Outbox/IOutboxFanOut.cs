namespace RetailCrm.Bot.Core.Messaging.Outbox;

/// <summary>
/// Queues one message per recipient in a single set-based INSERT … SELECT: the recipients are a query, never
/// loaded, so a campaign to 100,000 customers costs one statement and no memory. A recipient whose idempotency
/// key is already in the outbox is skipped by the unique index, so running it twice queues nothing twice.
/// </summary>
public interface IOutboxFanOut
{
    /// <returns>How many messages were queued (keys already present are not counted).</returns>
    Task<int> QueueAsync(IQueryable<FanOutRecipient> recipients, FanOutMessage message, CancellationToken ct);
}

/// <summary>Who one fanned-out message goes to; the query's projection, computed by the database.</summary>
public sealed class FanOutRecipient
{
    public int CustomerId { get; init; }

    public required string ToPhone { get; init; }

    public MessageChannel Channel { get; init; }

    public required string IdempotencyKey { get; init; }
}

/// <summary>
/// What every recipient's message shares. The text is written at dispatch (the body is empty until then), from the
/// kind's template, <paramref name="TemplateValues"/> and the recipient's own name. <paramref name="CampaignId"/> ties
/// an owner's offer to its campaign, for the campaign's results.
/// </summary>
public sealed record FanOutMessage(string Kind, MessagePurpose Purpose, string TemplateValues, DateTime CreatedAt, int? CampaignId = null);
