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
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled before a notification.</exception>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (!await TryWaitAsync(timeout, ct))
        {
            ct.ThrowIfCancellationRequested();
        }
    }

    /// <summary>
    /// True when notified; false when <paramref name="timeout"/> passes or <paramref name="ct"/> is cancelled first.
    /// Never throws for either: both are ordinary ends (a poll interval passing, a dispatcher that stops waiting
    /// because its sends finished first), many times a second under load, and an exception for each cost CPU.
    /// </summary>
    public async Task<bool> TryWaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutSource.CancelAfter(timeout);
        var read = _signal.Reader.ReadAsync(timeoutSource.Token).AsTask();
        await ((Task)read).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return read.IsCompletedSuccessfully;
    }
}

/// <summary>Signalled when a message is stored in the inbox.</summary>
public sealed class InboxSignal : WorkSignal;

/// <summary>Signalled when messages are queued in the outbox.</summary>
public sealed class OutboxSignal : WorkSignal;
