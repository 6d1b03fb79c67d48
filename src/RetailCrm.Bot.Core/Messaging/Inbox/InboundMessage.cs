namespace RetailCrm.Bot.Core.Messaging.Inbox;

/// <summary>
/// A message as Twilio (or the sandbox) delivered it. Stored before anything else happens, unique on
/// <see cref="MessageSid"/>, so a webhook retry is stored once and a crash after the 200 loses nothing.
/// </summary>
public sealed class InboundMessage
{
    public long Id { get; set; }

    public required string MessageSid { get; set; }

    public MessageChannel Channel { get; set; }

    /// <summary>
    /// The sender in E.164. For a message whose sender is not a phone (<see cref="InboxStatus.NotFromAPhone"/>), the
    /// address as Twilio gave it, cut to the column's length: it never matches a customer's number.
    /// </summary>
    public required string FromPhone { get; set; }

    /// <summary>The store's address the message was sent to, as Twilio wrote it.</summary>
    public string? To { get; set; }

    public string Body { get; set; } = "";

    /// <summary>WhatsApp profile name (Twilio's <c>ProfileName</c>).</summary>
    public string? ProfileName { get; set; }

    public int MediaCount { get; set; }

    /// <summary>Twilio's <c>OptOutType</c> (STOP, START, HELP) when its Advanced Opt-Out already answered.</summary>
    public string? OptOutType { get; set; }

    public DateTime ReceivedAt { get; set; }

    public InboxStatus Status { get; set; } = InboxStatus.Pending;

    public int Attempts { get; set; }

    /// <summary>While processing: the claim expires at this time, so a crashed worker's rows are taken again.</summary>
    public DateTime? LockedUntil { get; set; }

    public DateTime? ProcessedAt { get; set; }

    /// <summary>The exception type of the last failure; never a message body or number.</summary>
    public string? LastError { get; set; }
}
