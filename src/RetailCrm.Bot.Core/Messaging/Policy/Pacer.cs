using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace RetailCrm.Bot.Core.Messaging.Policy;

/// <summary>
/// Spaces sends per channel to the sender's rate. It measures real elapsed time rather than the injected
/// business clock on purpose: the limit is on how fast we call Twilio, which a test clock must not freeze.
/// </summary>
public sealed class Pacer(IOptions<PacingOptions> options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<MessageChannel, long> _nextSlot = [];

    /// <summary>Waits, if needed, until the channel may send again, and takes that slot.</summary>
    public async Task WaitForSlotAsync(MessageChannel channel, CancellationToken ct)
    {
        TimeSpan wait;
        lock (_lock)
        {
            var now = Stopwatch.GetTimestamp();
            var slot = Math.Max(now, _nextSlot.GetValueOrDefault(channel));
            _nextSlot[channel] = slot + (long)(options.Value.IntervalFor(channel).TotalSeconds * Stopwatch.Frequency);
            wait = Stopwatch.GetElapsedTime(now, slot);
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, ct);
        }
    }
}
