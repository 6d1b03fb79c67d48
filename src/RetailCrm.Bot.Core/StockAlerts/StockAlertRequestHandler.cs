using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Core.StockAlerts;

/// <summary>"Tell me when it's back": asks which item if it is not clear, then watches it for the shopper.</summary>
public sealed class StockAlertRequestHandler(StockAlertService alerts, CatalogService catalog) : IIntentHandler
{
    public string Intent => Intents.StockAlertRequest;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var (product, color, size) = turn.Item(recognition);
        if (product is null)
        {
            turn.Ask(recognition, Slots.Product, "Which item should I watch for you?");
            return;
        }

        var availability = await catalog.CheckAsync(product, color, size, ct);
        turn.Remember(product, availability.Color, availability.Size);
        var item = ProductKeys.Describe(availability.Name, availability.Color, availability.Size);
        if (availability.InStock > 0)
        {
            turn.Reply($"Good news: {item} is in stock right now ({availability.InStock} available). Drop by, or ask me anything about it.");
            return;
        }

        var (alert, alreadyWaiting) = await alerts.RequestAsync(turn.Sender.Customer!, product, color, size, turn.Channel, ct);
        turn.Reply(alreadyWaiting
            ? $"You're already on the list for {alert.ProductName}. I'll message you here as soon as it's back."
            : $"Done! I'll message you here as soon as {alert.ProductName} is back in stock. Reply \"cancel alert\" any time to stop.");
    }
}
