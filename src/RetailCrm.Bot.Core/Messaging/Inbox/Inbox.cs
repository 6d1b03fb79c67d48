using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;

namespace RetailCrm.Bot.Core.Messaging.Inbox;

public enum InboxStoreResult
{
    Stored,
    Duplicate,
}

/// <summary>
/// The only thing the webhook does with a message: one INSERT. Twilio retries a webhook that timed out,
/// so the unique <see cref="InboundMessage.MessageSid"/> turns a retry into a no-op.
/// </summary>
public sealed class Inbox(ICrmDbContext db, InboxSignal signal)
{
    public async Task<InboxStoreResult> StoreAsync(InboundMessage message, CancellationToken ct)
    {
        if (await db.InboundMessages.AnyAsync(m => m.MessageSid == message.MessageSid, ct))
        {
            return InboxStoreResult.Duplicate;
        }

        db.InboundMessages.Add(message);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Lost a race with a concurrent delivery of the same message: the unique index kept one copy.
            db.ChangeTracker.Clear();
            if (await db.InboundMessages.AnyAsync(m => m.MessageSid == message.MessageSid, ct))
            {
                return InboxStoreResult.Duplicate;
            }

            throw;
        }

        signal.Notify();
        return InboxStoreResult.Stored;
    }
}
