using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Sales;

/// <summary>A shopper's own recent purchases; only ever their own.</summary>
public sealed class PurchaseHistoryHandler(ICrmDbContext db, StoreFormat format, StoreClock clock) : IIntentHandler<PurchaseHistoryHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.PurchaseHistory, Role.Shopper) { ShopperOnly = true, HelpOrder = 6 };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var customerId = turn.Sender.Customer!.Id;
        var purchases = customerId == 0
            ? []
            : await db.Purchases.AsNoTracking().Where(p => p.CustomerId == customerId).OrderByDescending(p => p.PurchasedAt).Take(5).ToListAsync(ct);
        if (purchases.Count == 0)
        {
            turn.Say("purchase_history.none");
            return;
        }

        var lines = purchases.Select(p =>
            $"• {format.Date(DateOnly.FromDateTime(clock.ToLocal(p.PurchasedAt)))}: {p.Items ?? turn.Line("purchase_history.a_purchase")} – {format.Money(p.Amount)}");
        turn.Say("purchase_history.list", ("purchases", string.Join('\n', lines)));
    }
}
