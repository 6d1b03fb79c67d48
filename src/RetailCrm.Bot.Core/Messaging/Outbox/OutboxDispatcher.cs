using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging.Policy;

namespace RetailCrm.Bot.Core.Messaging.Outbox;

/// <summary>
/// Sends what is due in the outbox at the sender's rate. Batches are claimed from the leased queue (so any number of
/// instances share the work without sending one message twice), decided by the <see cref="DispatchPlanner"/>, and
/// sent concurrently by <see cref="OutboundSend"/>, each in its own pacing slot. Enough is kept in flight to cover
/// about two seconds of sending, so the rate holds even when each provider call takes a while; new claims (replies
/// first) are made as sends finish.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    DispatchPlanner planner,
    OutboundSend send,
    IOptions<PacingOptions> pacing,
    OutboxSignal signal,
    TimeProvider time)
{
    /// <summary>How long to wait for new work while earlier sends are still in flight.</summary>
    private static readonly TimeSpan LookAgainEvery = TimeSpan.FromSeconds(1);

    private readonly LeasedQueue _queue = new(QueueName.Outbox, scopes, time);

    // The last send sequence started for each recipient in this pass (only the dispatch loop touches it).
    private readonly Dictionary<string, Task> _lastSendTo = new(StringComparer.Ordinal);

    /// <summary>Sends everything due now; returns how many messages were claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        await using var held = _queue.Hold();
        var inFlight = new List<Task>();
        var claimedCount = 0;
        try
        {
            // Rows a crashed dispatcher left mid-send: the provider is asked before any is sent again.
            var abandoned = await _queue.ClaimAsync(ClaimKind.Abandoned, pacing.Value.InFlightLimit, ct);
            held.Add(abandoned);
            claimedCount += abandoned.Count;
            var unsettled = new List<long>();
            foreach (var id in abandoned)
            {
                if (await send.SettleRecoveredAsync(id, ct))
                {
                    held.Release(id);
                }
                else
                {
                    unsettled.Add(id);
                }
            }

            await StartAsync(unsettled, held, inFlight, ct);

            while (!ct.IsCancellationRequested)
            {
                inFlight.RemoveAll(t => t.IsCompleted);
                var room = pacing.Value.InFlightLimit - inFlight.Count;
                // Claim in sizeable batches rather than a row per finished send: each claim and plan is a few statements.
                var claimNow = inFlight.Count == 0 || room >= Math.Max(1, pacing.Value.InFlightLimit / 4);
                if (claimNow)
                {
                    var claimed = await _queue.ClaimAsync(ClaimKind.Ready, room, ct);
                    if (claimed.Count > 0)
                    {
                        held.Add(claimed);
                        claimedCount += claimed.Count;
                        await StartAsync(claimed, held, inFlight, ct);
                        continue;
                    }
                }

                if (inFlight.Count == 0)
                {
                    break;
                }

                await WaitForProgressAsync(inFlight, nothingDue: claimNow, ct);
            }
        }
        finally
        {
            // Every send handles its own failures; on shutdown they stop at their next await.
            await Task.WhenAll(inFlight);
        }

        return claimedCount;
    }

    /// <summary>The earliest time something in the outbox becomes due, so the worker can sleep until then.</summary>
    public async Task<DateTime?> NextDueAtAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
        return await db.OutboundMessages
            .Where(m => m.Status == OutboundStatus.Pending)
            .OrderBy(m => m.DueAt)
            .Select(m => (DateTime?)m.DueAt)
            .FirstOrDefaultAsync(ct);
    }

    private async Task StartAsync(IReadOnlyCollection<long> ids, LeasedQueue.HeldRows held, List<Task> inFlight, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return;
        }

        List<PlannedSend> sends;
        try
        {
            sends = await planner.PlanAsync(ids, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The batch could not be read or decided (the database went away): each is tried again later.
            foreach (var id in ids)
            {
                await send.PutBackAsync(id);
                held.Release(id);
            }

            throw;
        }

        var sending = sends.Select(s => s.Message.Id).ToHashSet();
        foreach (var id in ids.Where(id => !sending.Contains(id)))
        {
            held.Release(id); // held back or skipped: already written
        }

        // Concurrent across recipients, one after another (in the order queued) for each: a turn's two replies
        // must not overtake each other on the way to Twilio.
        foreach (var recipient in sends.GroupBy(s => s.Message.ToPhone, StringComparer.Ordinal))
        {
            var earlier = _lastSendTo.TryGetValue(recipient.Key, out var last) && !last.IsCompleted ? last : Task.CompletedTask;
            var sequence = SendInOrderAsync(earlier, recipient.OrderBy(s => s.Message.Id).ToList(), held, ct);
            _lastSendTo[recipient.Key] = sequence;
            inFlight.Add(sequence);
        }

        foreach (var done in _lastSendTo.Where(p => p.Value.IsCompleted).Select(p => p.Key).ToList())
        {
            _lastSendTo.Remove(done);
        }
    }

    private async Task SendInOrderAsync(Task earlier, List<PlannedSend> messages, LeasedQueue.HeldRows held, CancellationToken ct)
    {
        await earlier; // never faults: each send handles its own failures
        foreach (var planned in messages)
        {
            try
            {
                await send.SendAsync(planned, ct);
            }
            finally
            {
                held.Release(planned.Message.Id);
            }
        }
    }

    /// <summary>
    /// Busy: until a send finishes. Nothing was due: until new work is signalled, a second passes, or every send in
    /// flight is done (without taking a signal meant for the worker once this pass has ended).
    /// </summary>
    private async Task WaitForProgressAsync(List<Task> inFlight, bool nothingDue, CancellationToken ct)
    {
        if (!nothingDue)
        {
            await Task.WhenAny(inFlight);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var woken = signal.TryWaitAsync(LookAgainEvery, stop.Token);
        await Task.WhenAny(Task.WhenAll(inFlight), woken);
        await stop.CancelAsync();
        await woken;
        ct.ThrowIfCancellationRequested();
    }
}
