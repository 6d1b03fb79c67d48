using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Loyalty;

public sealed class LoyaltyBalanceHandler(IOptions<LoyaltyOptions> loyalty, StoreFormat format, IOptions<StoreOptions> store) : IIntentHandler
{
    public string Intent => Intents.LoyaltyBalance;

    public Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var customer = turn.Sender.Customer!;
        var rule = $"You earn 1 point for every {format.Money(loyalty.Value.AmountPerPoint)} you spend at {store.Value.Name}.";
        turn.Reply(customer.LoyaltyPoints == 0
            ? $"You don't have any points yet. {rule}"
            : $"You have {format.Number(customer.LoyaltyPoints)} points{(customer.DisplayName is { } n ? ", " + n : "")}. {rule}");
        return Task.CompletedTask;
    }
}
