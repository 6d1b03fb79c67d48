namespace RetailCrm.Bot.Core.Messaging.Outbox;

/// <summary>
/// A message the bot wants to send. Written in the same transaction as the change that caused it, then
/// sent by the dispatcher, which records what the provider said about it.
/// </summary>
public sealed class OutboundMessage
{
    public long Id { get; set; }

    public int? CustomerId { get; set; }

    public Customers.Customer? Customer { get; set; }

    /// <summary>Recipient in E.164.</summary>
    public required string ToPhone { get; set; }

    public MessageChannel Channel { get; set; }

    public required string Body { get; set; }

    /// <summary>What this message is, for reports and templates: "reply", "handoff_alert", "stock_alert", ...</summary>
    public string Kind { get; set; } = OutboundKinds.Reply;

    public MessagePurpose Purpose { get; set; } = MessagePurpose.Reply;

    /// <summary>Unique when set: a job that runs twice cannot queue the same message twice.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>The inbound message this answers, if it is a reply.</summary>
    public long? InboundMessageId { get; set; }

    public OutboundStatus Status { get; set; } = OutboundStatus.Pending;

    /// <summary>Not sent before this time (retries and scheduled messages).</summary>
    public DateTime DueAt { get; set; }

    public DateTime? LockedUntil { get; set; }

    public int Attempts { get; set; }

    /// <summary>The address it was sent from (a number or a messaging service).</summary>
    public string? FromAddress { get; set; }

    /// <summary>Twilio's message SID (SM...), unique once known.</summary>
    public string? ProviderSid { get; set; }

    public int? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }

    public DateTime? StatusUpdatedAt { get; set; }
}
