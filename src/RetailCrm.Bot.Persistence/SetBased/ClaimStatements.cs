using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Persistence.SetBased;

/// <summary>
/// Batch claims as one statement per provider. PostgreSQL and SQL Server skip rows another instance is claiming at
/// that moment (so two instances take different batches instead of queueing behind each other); SQLite has one
/// writer at a time, so its UPDATE … RETURNING is atomic as it is.
/// </summary>
internal sealed class ClaimStatements(CrmDbContext db) : IClaimStatements
{
    /// <summary>
    /// A table worked as a queue. <paramref name="Ready"/> is tried tier by tier (the outbox claims replies before
    /// anything else), each in <paramref name="Order"/>, which an index serves so a claim never sorts the backlog.
    /// </summary>
    private sealed record Queue(string Table, string Waiting, string Working, IReadOnlyList<string> Ready, string Abandoned, string Order);

    private const string OutboxDue =
        """q."Status" = @waiting AND q."DueAt" <= @now AND (q."LockedUntil" IS NULL OR q."LockedUntil" <= @now)""";

    private static readonly Queue Outbox = new(
        "outbound_messages",
        nameof(OutboundStatus.Pending),
        nameof(OutboundStatus.Dispatching),
        // Replies first: someone is waiting for them, and a campaign must not hold them up.
        [$"""{OutboxDue} AND q."Purpose" = '{nameof(MessagePurpose.Reply)}'""", OutboxDue],
        """q."Status" = @working AND q."LockedUntil" <= @now""",
        """q."DueAt" """);

    private const string InboxReady =
        """
        ((q."Status" = @waiting AND (q."LockedUntil" IS NULL OR q."LockedUntil" <= @now))
          OR (q."Status" = @working AND q."LockedUntil" <= @now))
        AND NOT EXISTS (SELECT 1 FROM inbound_messages AS e
                        WHERE e."FromPhone" = q."FromPhone" AND e."Id" < q."Id" AND e."Status" IN (@waiting, @working))
        """;

    // Each sender's messages in order: one is only ready when nothing earlier from that sender is unfinished.
    private static readonly Queue Inbox = new(
        "inbound_messages", nameof(InboxStatus.Pending), nameof(InboxStatus.Processing), [InboxReady], InboxReady, """q."Id" """);

    public async Task<IReadOnlyList<long>> ClaimAsync(QueueName queue, ClaimKind kind, DateTime now, DateTime lockedUntil, int max, CancellationToken ct)
    {
        var q = queue == QueueName.Inbox ? Inbox : Outbox;
        var ids = new List<long>(max);
        foreach (var condition in kind == ClaimKind.Abandoned ? [q.Abandoned] : q.Ready)
        {
            if (ids.Count < max)
            {
                ids.AddRange(await ClaimAsync(q, condition, now, lockedUntil, max - ids.Count, ct));
            }
        }

        ids.Sort(); // RETURNING keeps no order; by id is arrival order
        return ids;
    }

    private async Task<List<long>> ClaimAsync(Queue q, string condition, DateTime now, DateTime lockedUntil, int max, CancellationToken ct)
    {
        var set = """ "Status" = @working, "LockedUntil" = @locked_until, "Attempts" = "Attempts" + 1 """;
        var sql = db.Database.IsNpgsql()
            ? $"""
               UPDATE {q.Table} AS t SET "Status" = @working, "LockedUntil" = @locked_until, "Attempts" = t."Attempts" + 1
               FROM (SELECT q."Id" FROM {q.Table} AS q WHERE {condition} ORDER BY {q.Order} LIMIT @max FOR UPDATE SKIP LOCKED) AS c
               WHERE t."Id" = c."Id"
               RETURNING t."Id"
               """
            : db.Database.IsSqlServer()
                ? $"""
                   WITH c AS (SELECT TOP (@max) * FROM {q.Table} AS q WITH (ROWLOCK, UPDLOCK, READPAST) WHERE {condition} ORDER BY {q.Order})
                   UPDATE c SET {set} OUTPUT inserted."Id"
                   """
                : $"""
                   UPDATE {q.Table} SET {set}
                   WHERE "Id" IN (SELECT q."Id" FROM {q.Table} AS q WHERE {condition} ORDER BY {q.Order} LIMIT @max)
                   RETURNING "Id"
                   """;

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Add("@waiting", q.Waiting);
            command.Add("@working", q.Working);
            command.Add("@now", now);
            command.Add("@locked_until", lockedUntil);
            command.Add("@max", max);
            var ids = new List<long>(max);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetInt64(0));
            }

            return ids;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task RenewAsync(QueueName queue, IReadOnlyCollection<long> ids, DateTime lockedUntil, CancellationToken ct) => queue == QueueName.Inbox
        ? db.InboundMessages
            .Where(m => ids.Contains(m.Id) && m.Status == InboxStatus.Processing)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockedUntil), ct)
        : db.OutboundMessages
            .Where(m => ids.Contains(m.Id) && m.Status == OutboundStatus.Dispatching)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockedUntil), ct);
}
