using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Core.StockAlerts;

/// <summary>"Tell me when it's back": watches the item for the shopper (the engine asks which item if it is not clear).</summary>
public sealed class StockAlertRequestHandler(StockAlertService alerts, CatalogService catalog) : IIntentHandler<StockAlertRequestHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.StockAlertRequest, Role.Shopper)
    {
        Slots = [SlotRequirement.Required(SlotTypes.Product), SlotRequirement.Optional(SlotTypes.Color), SlotRequirement.Optional(SlotTypes.Size)],
        ShopperOnly = true,
        UsesLastItem = true,
        HelpOrder = 2,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var product = recognition.Get(SlotTypes.Product)!;
        var (color, size) = (recognition.Get(SlotTypes.Color), recognition.Get(SlotTypes.Size));
        var availability = await catalog.CheckAsync(product, color, size, ct);
        if (availability.Choices.Count > 1)
        {
            turn.Ask(recognition, Slots.Product, turn.Line("catalog.which_one", ("choices", Choices.Join(availability.Choices, turn))));
            return;
        }

        turn.Remember(availability.Product?.Key ?? product, availability.Color, availability.Size);
        var item = ProductKeys.Describe(availability.Name, availability.Color, availability.Size);
        if (availability.InStock > 0)
        {
            turn.Say("stock_alert_request.in_stock", ("item", item), ("count", availability.InStock));
            return;
        }

        var (alert, alreadyWaiting) = await alerts.RequestAsync(turn.Sender.Customer!, availability.Product?.Key ?? product, color, size, turn.Channel, ct);
        turn.Say(alreadyWaiting ? "stock_alert_request.already_waiting" : "stock_alert_request.done", ("item", alert.ProductName));
    }
}
