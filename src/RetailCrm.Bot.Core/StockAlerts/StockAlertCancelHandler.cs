using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Core.StockAlerts;

public sealed class StockAlertCancelHandler(StockAlertService alerts) : IIntentHandler
{
    public string Intent => Intents.StockAlertCancel;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var product = recognition.Slot(Slots.Product);
        if (product is not null && TurnContext.IsPronoun(product))
        {
            product = turn.State.LastProduct;
        }

        var cancelled = await alerts.CancelAsync(turn.Sender.Customer!, product, ct);
        turn.Reply(cancelled.Count switch
        {
            0 when product is not null => $"You don't have an alert for {product}.",
            0 => "You don't have any stock alerts right now.",
            _ => $"Cancelled your alert for {string.Join(", ", cancelled.Select(a => a.ProductName))}. I won't message you about it.",
        });
    }
}
