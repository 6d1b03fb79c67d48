using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Privacy;

/// <summary>
/// Keeps only what Privacy:RetentionDays allows: older messages are deleted and customers with no activity
/// since then are anonymized; expired charts go too. Runs nightly; safe to run again at any time.
/// </summary>
public sealed class RetentionService(ICrmDbContext db, CustomerEraser eraser, StoreClock clock, IOptions<PrivacyOptions> privacy)
{
    public async Task<RetentionResult> ApplyAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var cutoff = now.AddDays(-privacy.Value.RetentionDays);

        var outbound = await db.OutboundMessages
            .Where(m => m.CreatedAt < cutoff && m.Status != OutboundStatus.Pending && m.Status != OutboundStatus.Dispatching)
            .ExecuteDeleteAsync(ct);
        var inbound = await db.InboundMessages
            // Everything but what is still to be handled, including messages recorded and never answered.
            .Where(m => m.ReceivedAt < cutoff && m.Status != InboxStatus.Pending && m.Status != InboxStatus.Processing)
            .ExecuteDeleteAsync(ct);
        var staleStates = now.AddDays(-1);
        await db.ConversationStates.Where(s => s.ExpiresAt < staleStates).ExecuteDeleteAsync(ct);
        // Charts are served until they expire and never after (Media:UrlLifetime). A message that still names one would
        // send Twilio a link that answers 404 and fail, so it loses the picture first (there is no foreign key to do it:
        // adding one would rebuild outbound_messages on SQLite). Only owners' reports carry charts: few rows.
        await db.OutboundMessages
            .Where(m => m.MediaId != null && db.MediaFiles.Any(f => f.Id == m.MediaId && f.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.MediaId, (Guid?)null), ct);
        var media = await db.MediaFiles.Where(m => m.ExpiresAt < now).ExecuteDeleteAsync(ct);

        var lapsed = await db.Customers
            .Where(c => !c.Phone.StartsWith("erased-"))
            .Where(c => c.CreatedAt < cutoff && (c.LastInboundAt == null || c.LastInboundAt < cutoff))
            .Where(c => !db.Purchases.Any(p => p.CustomerId == c.Id && p.PurchasedAt >= cutoff))
            .Take(500)
            .ToListAsync(ct);
        foreach (var customer in lapsed)
        {
            await eraser.EraseAsync(customer, ct);
        }

        await db.SaveChangesAsync(ct);
        return new RetentionResult(inbound, outbound, lapsed.Count, media);
    }
}

public sealed record RetentionResult(int InboundDeleted, int OutboundDeleted, int CustomersAnonymized, int MediaDeleted);
