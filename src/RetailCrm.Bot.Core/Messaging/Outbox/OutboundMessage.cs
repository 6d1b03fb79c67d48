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

    /// <summary>The owner's campaign this offer belongs to (its results are reported per campaign); null for anything else.</summary>
    public int? CampaignId { get; set; }

    /// <summary>
    /// A picture sent with the text (a chart) on WhatsApp; SMS sends the text alone. No foreign key: the picture expires
    /// and is deleted while the message stays in the history.
    /// </summary>
    public Guid? MediaId { get; set; }

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

    /// <summary>The named values the message was written from (name, item, store...), as JSON, for the WhatsApp template.</summary>
    public string? TemplateValues { get; set; }

    /// <summary>Who wrote the text: "ai" when a model's version passed the guardrails, else "template".</summary>
    public string? ComposedBy { get; set; }

    /// <summary>Why the template text went out although AI is on (budget, timeout, missing_fact, phone_number...).</summary>
    public string? CompositionNote { get; set; }

    /// <summary>How it went out: free_text, template or sms_fallback.</summary>
    public string? SentVia { get; set; }

    /// <summary>The approved WhatsApp template used outside the 24-hour window, and its variables.</summary>
    public string? ContentSid { get; set; }

    public string? ContentVariables { get; set; }

    /// <summary>Why the policy held it back last (quiet_hours, frequency_cap), and how many times.</summary>
    public string? DelayReason { get; set; }

    public int DelayCount { get; set; }

    /// <summary>Why the policy did not send it (opted_out, no_marketing_consent, no_template, outside_whatsapp_window).</summary>
    public string? SkipReason { get; set; }

    /// <summary>The provider said the WhatsApp window is closed: use a template or SMS next time.</summary>
    public bool WhatsAppWindowClosed { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }

    public DateTime? StatusUpdatedAt { get; set; }
}
