using System.Globalization;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Sales;

/// <summary>"Sold blue kurta to 9123456780 for Rs 1,299": the sale, its points, and what it converts.</summary>
public sealed class LogSaleHandler(CustomerDirectory customers, SalesService sales, StoreFormat format) : IIntentHandler<LogSaleHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.LogSale, Role.Staff)
    {
        Slots =
        [
            SlotRequirement.Required(SlotTypes.Phone), SlotRequirement.Required(SlotTypes.Amount),
            SlotRequirement.Optional(SlotTypes.Product), SlotRequirement.Optional(SlotTypes.Quantity), SlotRequirement.Optional(SlotTypes.Size),
            SlotRequirement.Optional(SlotTypes.Color), SlotRequirement.Optional(SlotTypes.Name), SlotRequirement.Optional(SlotTypes.Text),
        ],
        HelpOrder = 2,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var phone = recognition.Get(SlotTypes.Phone)!;
        var amount = recognition.Get(SlotTypes.Amount)!.Value;
        var customer = await customers.FindOrCreateAsync(phone, ct);
        customer.Name ??= recognition.Get(SlotTypes.Name);
        var items = recognition.Get(SlotTypes.Product) ?? recognition.Get(SlotTypes.Text);
        var quantity = recognition.Get(SlotTypes.Quantity);
        var result = await sales.LogAsync(customer, amount, items, recognition.Get(SlotTypes.Color), recognition.Get(SlotTypes.Size), quantity,
            turn.Sender.StaffMember?.Id, ct);

        var what = items is null ? "" : $" for {items}";
        var converted = result.InquiriesConverted > 0 ? $" Their inquiry is marked converted." : "";
        turn.Reply($"Sale logged: {format.Money(amount)} to {CustomerNames.Who(customer)}{what}. " +
                   $"+{result.PointsEarned} points (total {format.Number(customer.LoyaltyPoints)}).{converted}");
    }
}
