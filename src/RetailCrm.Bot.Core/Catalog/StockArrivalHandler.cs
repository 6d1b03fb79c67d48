using System.Globalization;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.StockAlerts;

namespace RetailCrm.Bot.Core.Catalog;

/// <summary>"restock nike pegasus size 10 qty 6": the shelf is updated and everyone waiting for it is alerted.</summary>
public sealed class StockArrivalHandler(CatalogService catalog, StockAlertService alerts, Inquiries.InquiryNudges nudges) : IIntentHandler
{
    public string Intent => Intents.StockArrival;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        if (recognition.Slot(Slots.Product) is not { } productText)
        {
            turn.Ask(recognition, Slots.Product, "Which item arrived? For example: \"red saree x 5\".");
            return;
        }

        if (!int.TryParse(recognition.Slot(Slots.Quantity), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) || quantity <= 0)
        {
            turn.Ask(recognition, Slots.Quantity, $"How many pieces of {productText} arrived?");
            return;
        }

        decimal? price = decimal.TryParse(recognition.Slot(Slots.Amount), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : null;
        var (product, variant) = await catalog.ReceiveAsync(productText, recognition.Slot(Slots.Color), recognition.Slot(Slots.Size), quantity, price, ct);
        var alerted = await alerts.NotifyWaitingAsync(product, variant, ct);
        await nudges.NudgeAsync(product, variant, ct);

        var item = ProductKeys.Describe(product.Name, variant.Color, variant.Size);
        var waiting = alerted switch
        {
            0 => "",
            1 => " 1 customer who was waiting for it has been alerted.",
            _ => $" {alerted} customers who were waiting for it have been alerted.",
        };
        turn.Reply($"Stock updated: {item} +{quantity} (now {variant.StockQuantity}).{waiting}");
    }
}
