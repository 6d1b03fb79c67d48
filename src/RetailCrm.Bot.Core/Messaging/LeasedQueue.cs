using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace RetailCrm.Bot.Core.Messaging;

/// <summary>The tables worked as leased queues.</summary>
public enum QueueName
{
    /// <summary>inbound_messages: Pending → Processing, oldest first, one message per sender at a time.</summary>
    Inbox,

    /// <summary>outbound_messages: Pending → Dispatching when due, replies first.</summary>
    Outbox,
}

public enum ClaimKind
{
    /// <summary>Waiting rows whose time has come (and, in the inbox, rows whose worker stopped renewing).</summary>
    Ready,

    /// <summary>Outbox rows claimed by a dispatcher that stopped renewing its lease: it may have sent them.</summary>
    Abandoned,
}

/// <summary>The claim and renewal statements, written per provider in the persistence layer.</summary>
public interface IClaimStatements
{
    /// <summary>Claims up to <paramref name="max"/> rows in one statement; returns their ids in the queue's order.</summary>
    Task<IReadOnlyList<long>> ClaimAsync(QueueName queue, ClaimKind kind, DateTime now, DateTime lockedUntil, int max, CancellationToken ct);

    /// <summary>Extends the lease of every row still being worked on, in one statement.</summary>
    Task RenewAsync(QueueName queue, IReadOnlyCollection<long> ids, DateTime lockedUntil, CancellationToken ct);
}

/// <summary>
/// A table worked as a queue by any number of instances: rows are claimed in batches with one atomic statement
/// (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, <c>UPDATE … RETURNING</c> on SQLite) and a short lease, and the
/// leases of everything an instance holds are renewed together while it works. A crashed instance's rows come back
/// within one lease (seconds), and a row still being worked on is never taken from under its worker.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a queue: rows taken in order, under a lease.")]
public sealed class LeasedQueue(QueueName name, IServiceScopeFactory scopes, TimeProvider time)
{
    private readonly TimeProvider _time = time;

    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(5);

    public async Task<IReadOnlyList<long>> ClaimAsync(ClaimKind kind, int max, CancellationToken ct)
    {
        if (max <= 0)
        {
            return [];
        }

        await using var scope = scopes.CreateAsyncScope();
        var now = _time.GetUtcNow().UtcDateTime;
        return await scope.ServiceProvider.GetRequiredService<IClaimStatements>().ClaimAsync(name, kind, now, now + Lease, max, ct);
    }

    /// <summary>Keeps the leases of the rows added to it until they are released or it is disposed.</summary>
    public HeldRows Hold() => new(this);

    private async Task RenewAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var lockedUntil = _time.GetUtcNow().UtcDateTime + Lease;
        await scope.ServiceProvider.GetRequiredService<IClaimStatements>().RenewAsync(name, ids, lockedUntil, ct);
    }

    /// <summary>The rows an instance is working on; one renewal statement covers them all.</summary>
    public sealed class HeldRows : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<long, byte> _ids = new();
        private readonly LeaseRenewal _renewal;

        internal HeldRows(LeasedQueue queue)
        {
            _renewal = LeaseRenewal.Start(ct => queue.RenewAsync(_ids.Keys.ToList(), ct), RenewEvery, queue._time);
        }

        public int Count => _ids.Count;

        public void Add(IEnumerable<long> ids)
        {
            foreach (var id in ids)
            {
                _ids[id] = 0;
            }
        }

        /// <summary>Done with this row (finished, or handed back): its lease is no longer renewed.</summary>
        public void Release(long id) => _ids.TryRemove(id, out _);

        public ValueTask DisposeAsync() => _renewal.DisposeAsync();
    }
}
