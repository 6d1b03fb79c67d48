using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Core.Messaging;

/// <summary>The channel that actually delivers: Twilio's REST API, or the sandbox console.</summary>
public interface IMessageSender
{
    /// <summary>
    /// Sends one message. Never throws for a provider answer: every outcome, including a refusal, comes
    /// back as a <see cref="SendResult"/> so the outbox row can record it.
    /// </summary>
    Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct);

    /// <summary>
    /// Whether a message the bot may have sent just before it crashed did go out: an accepted result with the
    /// provider's id if it did, null if it did not, a transient failure if the provider cannot say now. A channel
    /// that cannot look back answers null, and the message is sent (again). <paramref name="recordedIds"/> are the
    /// provider ids already recorded on other messages to the same person: one of those with the same text is an
    /// earlier message, not this one.
    /// </summary>
    Task<SendResult?> FindSentAsync(OutboundMessage message, IReadOnlySet<string> recordedIds, CancellationToken ct) =>
        Task.FromResult<SendResult?>(null);
}

public enum SendOutcome
{
    /// <summary>The provider took the message.</summary>
    Accepted,

    /// <summary>The provider refused it for good (an invalid number, an opted-out recipient).</summary>
    Rejected,

    /// <summary>It may work later (rate limited, provider down, network trouble).</summary>
    TransientFailure,
}

/// <summary>A refusal that asks more of the Core than marking the message failed.</summary>
public enum SendRefusal
{
    /// <summary>The recipient opted out at the provider or carrier: record it as their STOP.</summary>
    RecipientOptedOut,

    /// <summary>A free-form WhatsApp message outside the 24-hour window: try a template or SMS.</summary>
    OutsideWhatsAppWindow,
}

/// <summary>
/// What the provider answered, in the Core's terms; the provider's own error code is kept for the record only.
/// </summary>
public sealed record SendResult(
    SendOutcome Outcome,
    string? ProviderSid = null,
    OutboundStatus? Status = null,
    int? ErrorCode = null,
    string? ErrorMessage = null,
    string? FromAddress = null,
    SendRefusal? Refusal = null);
