using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Privacy;

/// <summary>
/// Forgets who a customer was while keeping the shop's numbers true: the sales staff logged stay (amounts, dates) but
/// nothing ties them to a person any more. Used by retention and by an erasure request.
/// </summary>
/// <remarks>
/// What the store's own system sent through the integration API is removed instead: its orders (with their lines) and
/// its consent records. Their external ids point back into that system, which still knows whose they were, so an
/// anonymous copy here would not be anonymous; that system remains the record of those sales.
/// </remarks>
public sealed class CustomerEraser(ICrmDbContext db, StoreClock clock)
{
    public const string ErasedText = "[erased]";

    public async Task EraseAsync(Customer customer, CancellationToken ct)
    {
        var phone = customer.Phone;
        await db.CustomerNotes.Where(n => n.CustomerId == customer.Id).ExecuteDeleteAsync(ct);
        await db.StockAlerts.Where(a => a.CustomerId == customer.Id).ExecuteDeleteAsync(ct);
        await db.Feedback.Where(f => f.CustomerId == customer.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.Comment, (string?)null), ct);
        await db.Inquiries.Where(i => i.CustomerId == customer.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Description, ErasedText), ct);
        await db.Complaints.Where(c => c.CustomerId == customer.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Text, ErasedText), ct);
        await db.Purchases.Where(p => p.CustomerId == customer.Id && p.ExternalId != null).ExecuteDeleteAsync(ct); // lines cascade
        await db.Purchases.Where(p => p.CustomerId == customer.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Items, (string?)null), ct);
        await db.OutboundMessages.Where(m => m.ToPhone == phone).ExecuteDeleteAsync(ct);
        await db.InboundMessages.Where(m => m.FromPhone == phone).ExecuteDeleteAsync(ct);
        await db.ConversationStates.Where(s => s.Phone == phone).ExecuteDeleteAsync(ct);

        await db.ConsentEvents.Where(e => e.Phone == phone && e.Source == Messaging.Consent.ConsentSource.Api).ExecuteDeleteAsync(ct);
        var anonymous = $"erased-{customer.Id}";
        // The bot's own consent trail stays (it proves what we were allowed to do) but no longer names the number.
        await db.ConsentEvents.Where(e => e.Phone == phone).ExecuteUpdateAsync(s => s.SetProperty(e => e.Phone, anonymous), ct);
        customer.Phone = anonymous;
        customer.Name = null;
        customer.WhatsAppProfileName = null;
        customer.MarketingConsentAt = null;
        customer.OptedOutAt ??= clock.UtcNow; // an erased customer is never messaged again
    }
}
