using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RetailCrm.Bot.Core.Messaging.Policy;

/// <summary>
/// Spaces sends per channel to the sender's rate, across every instance: slots come from a ledger in the database,
/// a quarter of a second's worth at a time, and within an instance each send takes the next one in turn (never two
/// at once, even when a late send could catch up). Replies go ahead of every proactive message waiting for the same
/// channel, so a campaign filling the lane does not keep someone who just wrote waiting. It measures real time rather than the injected business clock on
/// purpose: the limit is on how fast we call Twilio, which a test clock must not freeze.
/// </summary>
public sealed class Pacer(IOptions<PacingOptions> options, IServiceScopeFactory scopes)
{
    private static readonly long BlockTicks = TimeSpan.FromMilliseconds(250).Ticks;
    private readonly ConcurrentDictionary<MessageChannel, Lane> _lanes = new();

    /// <summary>Waits, if needed, until the channel may send again, and takes that slot.</summary>
    public async Task WaitForSlotAsync(MessageChannel channel, bool reply, CancellationToken ct)
    {
        var lane = _lanes.GetOrAdd(channel, _ => new Lane());
        await lane.EnterAsync(reply, ct);
        try
        {
            var interval = options.Value.IntervalFor(channel).Ticks;
            var slot = Math.Max(Now(), lane.Next);
            if (slot >= lane.BlockEnd)
            {
                var count = (int)Math.Max(1, BlockTicks / interval);
                await using var scope = scopes.CreateAsyncScope();
                var start = await scope.ServiceProvider.GetRequiredService<IPacingLedger>().ReserveAsync(channel, count, interval, slot, ct);
                slot = start;
                lane.BlockEnd = start + (count * interval);
            }

            lane.Next = slot + interval;
            var wait = slot - Now();
            if (wait > 0)
            {
                await Task.Delay(TimeSpan.FromTicks(wait), ct);
            }
        }
        finally
        {
            lane.Leave();
        }
    }

    private static long Now() => TimeProvider.System.GetUtcNow().UtcTicks;

    /// <summary>One channel's turn-taking: one send at a time takes a slot, replies first.</summary>
    private sealed class Lane
    {
        private readonly Lock _lock = new();
        private readonly Queue<TaskCompletionSource> _replies = new();
        private readonly Queue<TaskCompletionSource> _others = new();
        private bool _taken;

        public long Next { get; set; }

        public long BlockEnd { get; set; }

        public async Task EnterAsync(bool reply, CancellationToken ct)
        {
            TaskCompletionSource waiter;
            lock (_lock)
            {
                if (!_taken)
                {
                    _taken = true;
                    return;
                }

                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                (reply ? _replies : _others).Enqueue(waiter);
            }

            // A cancelled waiter stays queued; Leave passes over it.
            await using var cancel = ct.Register(() => waiter.TrySetCanceled(ct));
            await waiter.Task;
        }

        public void Leave()
        {
            lock (_lock)
            {
                while (_replies.TryDequeue(out var next) || _others.TryDequeue(out next))
                {
                    if (next.TrySetResult())
                    {
                        return;
                    }
                }

                _taken = false;
            }
        }
    }
}
