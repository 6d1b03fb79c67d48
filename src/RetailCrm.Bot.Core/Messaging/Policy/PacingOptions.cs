using System.ComponentModel.DataAnnotations;

namespace RetailCrm.Bot.Core.Messaging.Policy;

/// <summary>
/// How fast each sender may send, bound from the <c>Twilio</c> section. Twilio queues what a number cannot send
/// at once and rejects what it cannot queue, so a campaign is spread out to the sender's rate instead.
/// </summary>
public sealed class PacingOptions
{
    /// <summary>A long code sends about one SMS segment per second.</summary>
    [Range(0.01, 10_000)]
    public double SmsMessagesPerSecond { get; set; } = 1;

    /// <summary>WhatsApp senders start at around 10 messages per second.</summary>
    [Range(0.01, 10_000)]
    public double WhatsAppMessagesPerSecond { get; set; } = 10;

    public TimeSpan IntervalFor(MessageChannel channel) =>
        TimeSpan.FromSeconds(1 / (channel == MessageChannel.Sms ? SmsMessagesPerSecond : WhatsAppMessagesPerSecond));

    /// <summary>
    /// Sends a dispatcher keeps claimed at once: two seconds of the faster channel (the sends waiting for their slot
    /// and those waiting for Twilio's answer), and never fewer than a small batch.
    /// </summary>
    public int InFlightLimit => (int)Math.Clamp(2 * Math.Max(SmsMessagesPerSecond, WhatsAppMessagesPerSecond), 8, 1000);
}
