using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Core.StockAlerts;

/// <summary>"cancel my alert", "don't tell me about the saree any more": one item's alerts, or all of them.</summary>
public sealed class StockAlertCancelHandler(StockAlertService alerts) : IIntentHandler<StockAlertCancelHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.StockAlertCancel, Role.Shopper)
    {
        Slots = [SlotRequirement.Optional(SlotTypes.Product)],
        ShopperOnly = true,
        HelpOrder = 3,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var product = recognition.Get(SlotTypes.Product);
        if (product is not null && TurnContext.IsPronoun(product))
        {
            product = turn.State.LastProduct;
        }

        var cancelled = await alerts.CancelAsync(turn.Sender.Customer!, product, ct);
        if (cancelled.Count > 0)
        {
            turn.Say("stock_alert_cancel.done", ("items", string.Join(", ", cancelled.Select(a => a.ProductName))));
        }
        else if (product is not null)
        {
            turn.Say("stock_alert_cancel.none_for", ("item", Catalog.ProductKeys.DisplayName(product)));
        }
        else
        {
            turn.Say("stock_alert_cancel.none");
        }
    }
}
