using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Core.Messaging.Inbox;

/// <summary>
/// Takes stored inbound messages and runs one conversation turn for each, several at once. Messages are claimed in
/// batches from the leased queue, which hands out only the oldest unfinished message of each sender, so turns run in
/// parallel across senders while each sender's messages are handled in order. A crashed instance's messages are
/// taken again within a lease (seconds, not minutes).
/// </summary>
public sealed partial class InboxProcessor(
    IServiceScopeFactory scopes,
    TimeProvider time,
    OutboxSignal outboxSignal,
    ILogger<InboxProcessor> logger)
{
    public const int MaxAttempts = 3;

    /// <summary>
    /// One activity per turn ("inbox.turn", tagged with the inbound id), from loading the message to its commit and
    /// what runs after: traces show a turn's database work under it, and tests count a turn's SQL commands by it.
    /// </summary>
    public static readonly ActivitySource Telemetry = new(TelemetryName);

    public const string TelemetryName = "RetailCrm.Bot.Inbox";

    public const string TurnActivity = "inbox.turn";

    public const string InboundIdTag = "retailcrm.inbound_id";

    /// <summary>Turns run at once: recognition is CPU, the rest waits on the database, so a few per core.</summary>
    public static readonly int Parallelism = Math.Max(4, Environment.ProcessorCount * 2);

    private readonly LeasedQueue _queue = new(QueueName.Inbox, scopes, time);

    /// <summary>Handles everything that can be claimed now; returns how many turns ran.</summary>
    public async Task<int> ProcessAvailableAsync(CancellationToken ct)
    {
        await using var held = _queue.Hold();
        var done = 0;
        while (!ct.IsCancellationRequested)
        {
            var claimed = await _queue.ClaimAsync(ClaimKind.Ready, Parallelism, ct);
            if (claimed.Count == 0)
            {
                break;
            }

            held.Add(claimed);
            await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (id, token) =>
            {
                try
                {
                    await ProcessClaimedAsync(id, token);
                }
                finally
                {
                    held.Release(id);
                }
            });
            done += claimed.Count;
        }

        return done;
    }

    private async Task ProcessClaimedAsync(long id, CancellationToken ct)
    {
        using var activity = Telemetry.StartActivity(TurnActivity);
        activity?.SetTag(InboundIdTag, id);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
        var engine = scope.ServiceProvider.GetRequiredService<ConversationEngine>();
        var fromPhone = "";
        var attempts = 0;

        try
        {
            // One transaction for the turn's writes: the CRM changes, the replies, the conversation state and
            // "processed". Handlers may save inside it (a complaint's number is needed for the reply).
            var strategy = db.Database.CreateExecutionStrategy();
            var turn = await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                // One connection for the whole turn rather than one per query: on SQLite each open also registers
                // EF's functions and collations again, and on PostgreSQL each is a trip to the pool.
                await db.Database.OpenConnectionAsync(ct);
                // The message, its sender's staff or customer row and the conversation state, in one query.
                var rows = await TurnRows.LoadAsync(db, id, ct);
                var message = rows.Message;
                fromPhone = message.FromPhone;
                attempts = message.Attempts;
                // Recognition may be slow (and later calls out to AI): it runs before the transaction, so a
                // slow turn never holds a write lock that the webhook's insert would have to wait for.
                var planned = await engine.UnderstandAsync(rows, ct);
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var acted = await engine.ActAsync(planned, ct);
                message.Status = InboxStatus.Processed;
                message.ProcessedAt = time.GetUtcNow().UtcDateTime;
                message.LockedUntil = null;
                message.LastError = null;
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return acted;
            });

            // Replies, and often alerts to others: wake the dispatcher rather than wait for its poll.
            outboxSignal.Notify();
            foreach (var work in turn.AfterCommit)
            {
                try
                {
                    await work(ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The turn is committed; what it started will also happen on its next scheduled run.
                    LogAfterCommitFailed(logger, ex, id);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down mid-turn: hand the message back so the next start takes it at once.
            await ReleaseAsync(id);
            throw;
        }
        catch (Exception ex)
        {
            LogTurnFailed(logger, ex, id, new MaskedPhone(fromPhone), attempts);
            await RecordFailureAsync(id, attempts, ex, ct);
        }
    }

    private async Task ReleaseAsync(long id)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
        await db.InboundMessages
            .Where(m => m.Id == id && m.Status == InboxStatus.Processing)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, InboxStatus.Pending)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null)
                    .SetProperty(m => m.Attempts, m => m.Attempts - 1),
                CancellationToken.None);
    }

    /// <summary>
    /// The turn error handler: retry a few times (a lost race on a new customer succeeds on retry); after
    /// that, forget the conversation state that may have caused it and tell the person, never with details.
    /// </summary>
    private async Task RecordFailureAsync(long id, int attempts, Exception ex, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
        var message = await db.InboundMessages.SingleAsync(m => m.Id == id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        message.LastError = ex.GetType().Name;

        if (attempts < MaxAttempts)
        {
            message.Status = InboxStatus.Pending;
            message.LockedUntil = now + TimeSpan.FromSeconds(attempts * 2);
            await db.SaveChangesAsync(ct);
            return;
        }

        message.Status = InboxStatus.Failed;
        message.LockedUntil = null;
        await scope.ServiceProvider.GetRequiredService<ConversationStateStore>().ResetAsync(message.FromPhone, ct);
        scope.ServiceProvider.GetRequiredService<Outbox.Outbox>().Queue(
            message.FromPhone,
            message.Channel,
            "Sorry, something went wrong on our side and I couldn't handle that. Please try again in a moment.",
            Outbox.OutboundKinds.Reply,
            Outbox.MessagePurpose.Reply,
            inboundMessageId: message.Id);
        await db.SaveChangesAsync(ct);
        outboxSignal.Notify();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Follow-up work after the turn for inbound {InboundId} failed")]
    private static partial void LogAfterCommitFailed(ILogger logger, Exception ex, long inboundId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn for inbound message {InboundId} from {Phone} failed on attempt {Attempt}")]
    private static partial void LogTurnFailed(ILogger logger, Exception ex, long inboundId, MaskedPhone phone, int attempt);
}
