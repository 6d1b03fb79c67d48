using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Messaging.Outbox;

public enum StatusUpdateResult
{
    Updated,
    Ignored,
    UnknownMessage,
    UnknownStatus,
}

/// <summary>
/// Applies Twilio's status callbacks. They arrive out of order, so the update is one conditional UPDATE
/// that only moves a message forward: two callbacks racing can never leave the older status behind. A callback
/// for a message whose SID was never recorded (the bot crashed between Twilio's "accepted" and saving it) finds
/// its row by the outbox id in the callback URL, and records the SID, so the message is not sent again.
/// </summary>
public sealed class DeliveryStatusTracker(ICrmDbContext db, ConsentService consent, StoreClock clock)
{
    /// <param name="next">The status the provider reports, null when it is one the Core does not track.</param>
    /// <param name="refusal">What the provider's error means, when it means more than "failed".</param>
    public async Task<StatusUpdateResult> ApplyAsync(
        string providerSid, OutboundStatus? next, int? errorCode, SendRefusal? refusal, CancellationToken ct, long? outboundId = null)
    {
        if (next is null)
        {
            return StatusUpdateResult.UnknownStatus;
        }

        var message = await db.OutboundMessages.AsNoTracking()
            .Where(m => m.ProviderSid == providerSid)
            .Select(m => new { m.Id, m.ToPhone, m.Channel })
            .SingleOrDefaultAsync(ct);
        if (message is null && outboundId is { } id)
        {
            var sentAt = clock.UtcNow;
            var claimed = await db.OutboundMessages
                .Where(m => m.Id == id && m.ProviderSid == null)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.ProviderSid, providerSid)
                        .SetProperty(m => m.SentAt, m => m.SentAt ?? sentAt)
                        .SetProperty(m => m.LockedUntil, (DateTime?)null),
                    ct);
            message = claimed == 1
                ? await db.OutboundMessages.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.Id, m.ToPhone, m.Channel }).SingleAsync(ct)
                : null;
        }

        if (message is null)
        {
            return StatusUpdateResult.UnknownMessage;
        }

        var from = Enum.GetValues<OutboundStatus>().Where(s => s.CanMoveTo(next.Value)).ToList();
        var now = clock.UtcNow;
        var updated = await db.OutboundMessages
            .Where(m => m.Id == message.Id && from.Contains(m.Status))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, next.Value)
                    .SetProperty(m => m.ErrorCode, m => errorCode ?? m.ErrorCode)
                    .SetProperty(m => m.StatusUpdatedAt, now),
                ct);

        if (refusal == SendRefusal.RecipientOptedOut)
        {
            await consent.MarkOptedOutByProviderAsync(message.ToPhone, message.Channel, errorCode, ct);
            await db.SaveChangesAsync(ct);
        }

        return updated == 1 ? StatusUpdateResult.Updated : StatusUpdateResult.Ignored;
    }
}
