using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging;

namespace RetailCrm.Bot.Core.Integration;

/// <summary>
/// One write of the integration API, all or nothing: in a transaction, because a stock arrival saves part-way through
/// (alerts join their product before they are sent) and a refused call must leave nothing behind. Two systems sending
/// the same new customer, SKU or order at once both pass the "is it there?" check; the unique index refuses the
/// second, which is run once more and then finds what the first stored, so a replay answers like a replay.
/// </summary>
public sealed class IntegrationWrite(ICrmDbContext db, OutboxSignal outbox)
{
    public async Task<Written<T>> RunAsync<T>(Func<Task<Written<T>>> work, CancellationToken ct) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                var written = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    var result = await work();
                    if (result.Error is not null)
                    {
                        return result; // rolled back as the transaction is disposed
                    }

                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                    return result;
                });

                // Back-in-stock alerts go out now, not at the dispatcher's next poll.
                outbox.Notify();
                return written;
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // Lost a race to insert the same row: the next attempt reads the winner's.
            }
        }
    }
}
