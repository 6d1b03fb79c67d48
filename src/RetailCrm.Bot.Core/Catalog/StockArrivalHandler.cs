using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Store;
using RetailCrm.Bot.Core.StockAlerts;

namespace RetailCrm.Bot.Core.Catalog;

/// <summary>
/// "restock nike pegasus size 10 qty 6", "arrived nike pegasus size 10 x 4 rs 4999": the shelf (and the price,
/// when one is given) is updated and everyone waiting for it is alerted.
/// </summary>
public sealed class StockArrivalHandler(CatalogService catalog, StockArrivalAlerts arrivals, StoreFormat format)
    : IIntentHandler<StockArrivalHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.StockArrival, Role.Staff)
    {
        Slots =
        [
            SlotRequirement.Required(SlotTypes.Product), SlotRequirement.Required(SlotTypes.Quantity),
            SlotRequirement.Optional(SlotTypes.Size), SlotRequirement.Optional(SlotTypes.Color), SlotRequirement.Optional(SlotTypes.Amount),
        ],
        HelpOrder = 3,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var quantity = recognition.Get(SlotTypes.Quantity)!.Value;
        var price = recognition.Get(SlotTypes.Amount);
        var received = await catalog.ReceiveAsync(
            recognition.Get(SlotTypes.Product)!, recognition.Get(SlotTypes.Color), recognition.Get(SlotTypes.Size), quantity, price, ct);
        if (received is not { Product: { } product, Variant: { } variant })
        {
            turn.Ask(recognition, Slots.Product, turn.Line("catalog.which_one", ("choices", Choices.Join(received.Choices, turn))));
            return;
        }

        var alerted = (await arrivals.AnnounceAsync(product, variant, ct)).Alerted;

        var item = ProductKeys.Describe(product.Name, variant.Color, variant.Size);
        var priced = variant.Price is { } p ? $" at {format.Money(p)}" : "";
        var waiting = alerted switch
        {
            0 => "",
            1 => " 1 customer who was waiting for it has been alerted.",
            _ => $" {alerted} customers who were waiting for it have been alerted.",
        };
        turn.Reply($"Stock updated: {item} +{quantity} (now {variant.StockQuantity}){priced}.{waiting}");
    }
}
