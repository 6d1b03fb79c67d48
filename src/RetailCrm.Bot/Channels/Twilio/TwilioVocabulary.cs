using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Channels.Twilio;

/// <summary>
/// Twilio's status words and error codes, turned into the Core's terms here in the adapter, so the Core knows what
/// happened (delivered, opted out, window closed) and never how Twilio spells it.
/// </summary>
public static class TwilioVocabulary
{
    /// <summary>"Attempt to send to unsubscribed recipient".</summary>
    public const int RecipientOptedOutCode = 21610;

    /// <summary>A free-form WhatsApp message outside the 24-hour window.</summary>
    public const int OutsideWhatsAppWindowCode = 63016;

    /// <summary>Maps Twilio's <c>MessageStatus</c> words; null for words we do not track.</summary>
    public static OutboundStatus? Status(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "accepted" or "queued" or "scheduled" => OutboundStatus.Queued,
        "sending" => OutboundStatus.Sending,
        "sent" => OutboundStatus.Sent,
        "delivered" => OutboundStatus.Delivered,
        "read" => OutboundStatus.Read,
        "undelivered" => OutboundStatus.Undelivered,
        "failed" => OutboundStatus.Failed,
        "canceled" => OutboundStatus.Canceled,
        _ => null,
    };

    /// <summary>What an error code means for the Core, when it means more than "failed".</summary>
    public static SendRefusal? Refusal(int? code) => code switch
    {
        RecipientOptedOutCode => SendRefusal.RecipientOptedOut,
        OutsideWhatsAppWindowCode => SendRefusal.OutsideWhatsAppWindow,
        _ => null,
    };
}
