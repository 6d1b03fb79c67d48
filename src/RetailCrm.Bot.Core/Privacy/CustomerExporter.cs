using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;

namespace RetailCrm.Bot.Core.Privacy;

/// <summary>Everything the store holds about one customer, for a subject access request.</summary>
public sealed class CustomerExporter(ICrmDbContext db)
{
    public async Task<CustomerExport?> ExportAsync(string phone, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Phone == phone, ct);
        if (customer is null)
        {
            return null;
        }

        var id = customer.Id;
        // Orders from the store's own system carry their lines; read in one query and hung on their orders below.
        var lines = (await db.PurchaseLines.AsNoTracking().Where(l => l.Purchase!.CustomerId == id).OrderBy(l => l.Id)
                .Select(l => new { l.PurchaseId, Line = new ExportedOrderLine(l.Sku, l.Quantity, l.UnitPrice) }).ToListAsync(ct))
            .ToLookup(l => l.PurchaseId, l => l.Line);
        var purchases = await db.Purchases.AsNoTracking().Where(p => p.CustomerId == id).OrderBy(p => p.PurchasedAt)
            .Select(p => new { p.Id, p.PurchasedAt, p.Amount, p.Items, p.PointsEarned, p.ExternalId }).ToListAsync(ct);
        return new CustomerExport(
            new ExportedCustomer(customer.Phone, customer.Name, customer.WhatsAppProfileName, customer.LastChannel?.ToString(), customer.CreatedAt,
                customer.LastInboundAt, customer.LoyaltyPoints, customer.OptedOutAt, customer.MarketingConsentAt),
            [.. purchases.Select(p => new ExportedPurchase(p.PurchasedAt, p.Amount, p.Items, p.PointsEarned, p.ExternalId, [.. lines[p.Id]]))],
            await db.Inquiries.AsNoTracking().Where(i => i.CustomerId == id).OrderBy(i => i.CreatedAt)
                .Select(i => new ExportedInquiry(i.CreatedAt, i.Description, i.Status.ToString(), i.FollowUpOn)).ToListAsync(ct),
            await db.StockAlerts.AsNoTracking().Where(a => a.CustomerId == id).OrderBy(a => a.CreatedAt)
                .Select(a => new ExportedAlert(a.CreatedAt, a.ProductName, a.Status.ToString())).ToListAsync(ct),
            await db.CustomerNotes.AsNoTracking().Where(n => n.CustomerId == id).OrderBy(n => n.CreatedAt)
                .Select(n => new ExportedNote(n.CreatedAt, n.Text)).ToListAsync(ct),
            await db.Complaints.AsNoTracking().Where(c => c.CustomerId == id).OrderBy(c => c.CreatedAt)
                .Select(c => new ExportedComplaint(c.Id, c.CreatedAt, c.Text, c.Status.ToString())).ToListAsync(ct),
            await db.Feedback.AsNoTracking().Where(f => f.CustomerId == id).OrderBy(f => f.CreatedAt)
                .Select(f => new ExportedFeedback(f.CreatedAt, f.Rating, f.Comment)).ToListAsync(ct),
            await db.ConsentEvents.AsNoTracking().Where(e => e.Phone == phone).OrderBy(e => e.OccurredAt)
                .Select(e => new ExportedConsent(e.OccurredAt, e.Change.ToString(), e.Keyword, e.Source.ToString(), e.Origin)).ToListAsync(ct),
            await db.InboundMessages.AsNoTracking().Where(m => m.FromPhone == phone).OrderBy(m => m.ReceivedAt)
                .Select(m => new ExportedMessage(m.ReceivedAt, "in", m.Channel.ToString(), m.Body)).ToListAsync(ct),
            await db.OutboundMessages.AsNoTracking().Where(m => m.ToPhone == phone).OrderBy(m => m.CreatedAt)
                .Select(m => new ExportedMessage(m.CreatedAt, "out", m.Channel.ToString(), m.Body)).ToListAsync(ct));
    }
}

public sealed record CustomerExport(
    ExportedCustomer Customer,
    IReadOnlyList<ExportedPurchase> Purchases,
    IReadOnlyList<ExportedInquiry> Inquiries,
    IReadOnlyList<ExportedAlert> StockAlerts,
    IReadOnlyList<ExportedNote> Notes,
    IReadOnlyList<ExportedComplaint> Complaints,
    IReadOnlyList<ExportedFeedback> Feedback,
    IReadOnlyList<ExportedConsent> Consent,
    IReadOnlyList<ExportedMessage> MessagesReceived,
    IReadOnlyList<ExportedMessage> MessagesSent);

public sealed record ExportedCustomer(string Phone, string? Name, string? WhatsAppProfileName, string? LastChannel, DateTime CreatedAt,
    DateTime? LastMessageAt, int LoyaltyPoints, DateTime? OptedOutAt, DateTime? MarketingConsentAt);

/// <summary>A sale: logged by staff (<see cref="Items"/> as they wrote it), or an order from the store's system (its id and lines).</summary>
public sealed record ExportedPurchase(DateTime At, decimal Amount, string? Items, int PointsEarned, string? ExternalId, IReadOnlyList<ExportedOrderLine> Lines);

public sealed record ExportedOrderLine(string Sku, int Quantity, decimal UnitPrice);

public sealed record ExportedInquiry(DateTime At, string Description, string Status, DateOnly? FollowUpOn);

public sealed record ExportedAlert(DateTime At, string Item, string Status);

public sealed record ExportedNote(DateTime At, string Text);

public sealed record ExportedComplaint(int Id, DateTime At, string Text, string Status);

public sealed record ExportedFeedback(DateTime At, int Rating, string? Comment);

/// <summary>One consent change; <see cref="Origin"/> is where the store's system said it came from, for changes made through the API.</summary>
public sealed record ExportedConsent(DateTime At, string Change, string? Keyword, string Source, string? Origin);

public sealed record ExportedMessage(DateTime At, string Direction, string Channel, string Body);
