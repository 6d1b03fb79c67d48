using RetailCrm.Bot.Channels.Sandbox.Emulator;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Channels.Sandbox;

/// <summary>
/// The channel when Twilio is not configured: every message is recorded as delivered and printed to the
/// console, so a newcomer sees the whole loop without an account. Printed, not logged: these are demo
/// conversations on the developer's own screen, not production logs. Each is also handed to the emulator page's
/// live feed. A chart that would go with a WhatsApp message is saved as a PNG instead, and its path printed.
/// </summary>
public sealed class SandboxMessageSender(TimeProvider time, OutboundFeed feed, SandboxMedia media) : IMessageSender
{
    private static readonly Lock ConsoleLock = new();

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        var sid = "SB" + Guid.NewGuid().ToString("N");
        // As Twilio would send it: a picture goes with a free-form WhatsApp message only (see TwilioMessageSender).
        var chart = message is { MediaId: { } id, Channel: MessageChannel.WhatsApp, ContentSid: null } ? await media.SaveAsync(id, ct) : null;
        lock (ConsoleLock)
        {
            var template = message.ContentSid is null ? "" : $" as template {message.ContentSid} {message.ContentVariables}";
            Console.WriteLine($"[sandbox {time.GetLocalNow():HH:mm:ss}] to {message.Channel} {message.ToPhone} ({message.Kind}){template}:");
            Console.WriteLine("  " + message.Body.Replace("\n", "\n  ", StringComparison.Ordinal));
            if (chart is not null)
            {
                Console.WriteLine("  [chart] " + chart);
            }
        }

        feed.Publish(message, time.GetUtcNow(), chart);
        return new SendResult(SendOutcome.Accepted, sid, OutboundStatus.Delivered, FromAddress: "sandbox");
    }
}
