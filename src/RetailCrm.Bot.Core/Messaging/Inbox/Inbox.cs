using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RetailCrm.Bot.Core.Messaging.Inbox;

public enum InboxStoreResult
{
    Stored,
    Duplicate,
}

/// <summary>The inbox could not store a message (the database failed, or the app is stopping); it was not acknowledged.</summary>
public sealed class InboxUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The only thing the webhook does with a message: hand it to this one writer and wait until it is committed.
/// <para>
/// Group commit: a single loop takes everything waiting (up to <see cref="MaxBatch"/>) and stores it with one insert
/// in one transaction, so a burst of requests costs a few round trips instead of a SELECT, an INSERT and a commit
/// each. A request is answered only after its batch committed; when the batch fails, every request in it fails, so
/// nothing is acknowledged that is not stored. Twilio retries a webhook, so the unique
/// <see cref="InboundMessage.MessageSid"/> turns a retry into a no-op, in the same batch or another.
/// </para>
/// </summary>
public sealed partial class Inbox(IServiceScopeFactory scopes, InboxSignal signal, ILogger<Inbox> logger)
{
    /// <summary>
    /// At most this many messages a transaction: enough that a burst of thousands a second needs a few commits, small
    /// enough that one commit stays short. (The store splits a batch further to stay within a provider's parameter limit.)
    /// </summary>
    public const int MaxBatch = 500;

    // Bounded, so a database that stalls holds requests back at the door instead of growing memory without limit.
    private readonly Channel<Waiting> _queue = Channel.CreateBounded<Waiting>(new BoundedChannelOptions(MaxBatch * 20)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>Stores <paramref name="message"/> (or finds it already stored); returns once that is committed.</summary>
    /// <exception cref="InboxUnavailableException">It could not be stored; do not acknowledge it.</exception>
    public async Task<InboxStoreResult> StoreAsync(InboundMessage message, CancellationToken ct)
    {
        var waiting = new Waiting(message);
        try
        {
            await _queue.Writer.WriteAsync(waiting, ct);
        }
        catch (ChannelClosedException ex)
        {
            throw new InboxUnavailableException("The inbox is stopping.", ex);
        }

        // The request may give up waiting (the client went away); the batch still commits or fails as one.
        return await waiting.Done.Task.WaitAsync(ct);
    }

    /// <summary>
    /// The writer loop, run by the host until it stops. On stop it takes no more messages and commits what is queued.
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        await using var stop = stoppingToken.Register(() => _queue.Writer.TryComplete());
        var batch = new List<Waiting>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var waiting))
            {
                batch.Add(waiting);
            }

            await CommitAsync(batch);
        }
    }

    private async Task CommitAsync(List<Waiting> batch)
    {
        // One row per SID: the first copy is stored, later copies in the same batch are its duplicates.
        var distinct = new Dictionary<string, InboundMessage>(batch.Count, StringComparer.Ordinal);
        foreach (var waiting in batch)
        {
            distinct.TryAdd(waiting.Message.MessageSid, waiting.Message);
        }

        IReadOnlySet<string> stored;
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IInboxBatchStore>();
            // Not the requests' tokens: once a batch is sent it commits or fails as a whole, whoever stopped waiting.
            stored = await store.InsertNewAsync([.. distinct.Values], CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogBatchFailed(logger, ex, batch.Count);
            var failure = new InboxUnavailableException("The inbox could not store the message.", ex);
            foreach (var waiting in batch)
            {
                waiting.Done.TrySetException(failure);
            }

            return;
        }

        if (logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogBatchStored(logger, stored.Count, batch.Count, elapsed.TotalMilliseconds);
        }

        if (stored.Count > 0)
        {
            signal.Notify();
        }

        foreach (var waiting in batch)
        {
            var first = ReferenceEquals(distinct[waiting.Message.MessageSid], waiting.Message);
            waiting.Done.TrySetResult(first && stored.Contains(waiting.Message.MessageSid) ? InboxStoreResult.Stored : InboxStoreResult.Duplicate);
        }
    }

    private sealed class Waiting(InboundMessage message)
    {
        public InboundMessage Message { get; } = message;

        // Completed by the writer loop: the request's continuation must not run on (and hold up) that loop.
        public TaskCompletionSource<InboxStoreResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stored {Stored} of {Count} inbound messages in {ElapsedMs:F1} ms")]
    private static partial void LogBatchStored(ILogger logger, int stored, int count, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing a batch of {Count} inbound messages failed; none was acknowledged")]
    private static partial void LogBatchFailed(ILogger logger, Exception ex, int count);
}
