using System.Threading.Channels;

namespace RetailCrm.Bot.Core.Messaging;

/// <summary>
/// Wakes a background worker as soon as there is work, instead of waiting for its next poll. Polling
/// stays as the safety net (another instance, a restart), so a lost signal only costs latency.
/// </summary>
public abstract class WorkSignal
{
    // One slot: any number of notifications before the worker wakes collapse into one wake-up.
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _signal.Writer.TryWrite(true);

    /// <summary>Returns when notified or when <paramref name="timeout"/> passes, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await _signal.Reader.ReadAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed without a signal: time to look anyway.
        }
    }
}

/// <summary>Signalled when a message is stored in the inbox.</summary>
public sealed class InboxSignal : WorkSignal;

/// <summary>Signalled when messages are queued in the outbox.</summary>
public sealed class OutboxSignal : WorkSignal;
