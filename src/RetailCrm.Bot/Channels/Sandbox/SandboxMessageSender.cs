using RetailCrm.Bot.Channels.Sandbox.Emulator;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Channels.Sandbox;

/// <summary>
/// The channel when Twilio is not configured: every message is recorded as delivered and printed to the
/// console, so a newcomer sees the whole loop without an account. Printed, not logged: these are demo
/// conversations on the developer's own screen, not production logs. Each is also handed to the emulator page's
/// live feed.
/// </summary>
public sealed class SandboxMessageSender(TimeProvider time, OutboundFeed feed) : IMessageSender
{
    private static readonly Lock ConsoleLock = new();

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        var sid = "SB" + Guid.NewGuid().ToString("N");
        lock (ConsoleLock)
        {
            var template = message.ContentSid is null ? "" : $" as template {message.ContentSid} {message.ContentVariables}";
            Console.WriteLine($"[sandbox {time.GetLocalNow():HH:mm:ss}] to {message.Channel} {message.ToPhone} ({message.Kind}){template}:");
            Console.WriteLine("  " + message.Body.Replace("\n", "\n  ", StringComparison.Ordinal));
        }

        feed.Publish(message, time.GetUtcNow());
        return Task.FromResult(new SendResult(SendOutcome.Accepted, sid, OutboundStatus.Delivered, FromAddress: "sandbox"));
    }
}
