using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Complaints;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.StockAlerts;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Customers;

/// <summary>"who is +91-91234-56780": everything staff need before calling a customer back.</summary>
public sealed class CustomerLookupHandler(CustomerDirectory customers, ICrmDbContext db, StoreFormat format, StoreClock clock) : IIntentHandler<CustomerLookupHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.CustomerLookup, Role.Staff)
    {
        Slots = [SlotRequirement.Required(SlotTypes.Phone)],
        HelpOrder = 4,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var phone = recognition.Get(SlotTypes.Phone)!;

        var customer = await customers.FindAsync(phone, ct);
        if (customer is null)
        {
            turn.Reply($"No customer with {PhoneNumberNormalizer.Display(phone)} yet. Log a sale or an inquiry for them and they'll be added.");
            return;
        }

        var purchases = await db.Purchases.Where(p => p.CustomerId == customer.Id).Select(p => new { p.Amount, p.PurchasedAt, p.Items }).ToListAsync(ct);
        var lines = new List<string>
        {
            CustomerNames.Who(customer),
            $"Customer since {format.Date(DateOnly.FromDateTime(clock.ToLocal(customer.CreatedAt)))}",
            $"Purchases: {purchases.Count}, total {format.Money(purchases.Sum(p => p.Amount))}, {format.Number(customer.LoyaltyPoints)} points",
        };
        if (purchases.MaxBy(p => p.PurchasedAt) is { } last)
        {
            lines.Add($"Last purchase: {format.Date(DateOnly.FromDateTime(clock.ToLocal(last.PurchasedAt)))}{(last.Items is null ? "" : " – " + last.Items)} ({format.Money(last.Amount)})");
        }

        var openInquiries = await db.Inquiries.Where(i => i.CustomerId == customer.Id && i.Status == InquiryStatus.Open)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Select(i => i.Description).Take(3).ToListAsync(ct);
        if (openInquiries.Count > 0)
        {
            lines.Add("Asked about: " + string.Join("; ", openInquiries));
        }

        var alerts = await db.StockAlerts.Where(a => a.CustomerId == customer.Id && a.Status == StockAlertStatus.Waiting).Select(a => a.ProductName).ToListAsync(ct);
        if (alerts.Count > 0)
        {
            lines.Add("Waiting for: " + string.Join(", ", alerts));
        }

        var complaints = await db.Complaints.Where(c => c.CustomerId == customer.Id && c.Status == ComplaintStatus.Open).Select(c => c.Id).ToListAsync(ct);
        if (complaints.Count > 0)
        {
            lines.Add("Open complaints: " + string.Join(", ", complaints.Select(id => "#" + id)));
        }

        var notes = await db.CustomerNotes.Where(n => n.CustomerId == customer.Id).OrderByDescending(n => n.CreatedAt).Select(n => n.Text).Take(3).ToListAsync(ct);
        if (notes.Count > 0)
        {
            lines.Add("Notes: " + string.Join("; ", notes));
        }

        if (customer.IsOptedOut)
        {
            lines.Add("Opted out of messages (STOP).");
        }

        turn.Reply(string.Join('\n', lines));
    }
}
