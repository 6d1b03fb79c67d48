using System.Globalization;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Sales;

/// <summary>"Sold blue kurta to 9123456780 for Rs 1,299": the sale, its points, and what it converts.</summary>
public sealed class LogSaleHandler(CustomerDirectory customers, SalesService sales, StoreFormat format) : IIntentHandler
{
    public string Intent => Intents.LogSale;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        if (recognition.Slot(Slots.Phone) is not { } phone)
        {
            turn.Ask(recognition, Slots.Phone, "Which customer bought it? Send their phone number.");
            return;
        }

        if (!decimal.TryParse(recognition.Slot(Slots.Amount), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            turn.Ask(recognition, Slots.Amount, "How much was the sale? For example: 1299");
            return;
        }

        var customer = await customers.FindOrCreateAsync(phone, ct);
        customer.Name ??= recognition.Slot(Slots.Name);
        var items = recognition.Slot(Slots.Product) ?? recognition.Slot(Slots.Text);
        int? quantity = int.TryParse(recognition.Slot(Slots.Quantity), NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? q : null;
        var result = await sales.LogAsync(customer, amount, items, recognition.Slot(Slots.Color), recognition.Slot(Slots.Size), quantity,
            turn.Sender.StaffMember?.Id, ct);

        var what = items is null ? "" : $" for {items}";
        var converted = result.InquiriesConverted > 0 ? $" Their inquiry is marked converted." : "";
        turn.Reply($"Sale logged: {format.Money(amount)} to {CustomerNames.Who(customer)}{what}. " +
                   $"+{result.PointsEarned} points (total {format.Number(customer.LoyaltyPoints)}).{converted}");
    }
}
