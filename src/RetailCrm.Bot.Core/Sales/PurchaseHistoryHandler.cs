using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Sales;

/// <summary>A shopper's own recent purchases; only ever their own.</summary>
public sealed class PurchaseHistoryHandler(ICrmDbContext db, StoreFormat format, StoreClock clock) : IIntentHandler
{
    public string Intent => Intents.PurchaseHistory;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var customerId = turn.Sender.Customer!.Id;
        var purchases = customerId == 0
            ? []
            : await db.Purchases.Where(p => p.CustomerId == customerId).OrderByDescending(p => p.PurchasedAt).Take(5).ToListAsync(ct);
        if (purchases.Count == 0)
        {
            turn.Reply("I don't see any purchases on this number yet. Once you shop with us, they'll show up here.");
            return;
        }

        var lines = purchases.Select(p =>
            $"• {format.Date(DateOnly.FromDateTime(clock.ToLocal(p.PurchasedAt)))}: {p.Items ?? "purchase"} – {format.Money(p.Amount)}");
        turn.Reply("Your recent purchases:\n" + string.Join('\n', lines));
    }
}
