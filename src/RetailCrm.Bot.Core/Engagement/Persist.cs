using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;

namespace RetailCrm.Bot.Core.Engagement;

/// <summary>Saving job work item by item, where two instances may race to queue the same message.</summary>
public static class Persist
{
    /// <summary>
    /// Saves; if another instance already queued a message with the same idempotency key, the unique index
    /// refuses ours, and that is the outcome we want: drop this item's changes and carry on.
    /// </summary>
    public static async Task<bool> SaveOrSkipDuplicateAsync(ICrmDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
