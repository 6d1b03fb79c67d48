using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Loyalty;

public sealed class LoyaltyBalanceHandler(IOptions<LoyaltyOptions> loyalty, StoreFormat format, IOptions<StoreOptions> store) : IIntentHandler<LoyaltyBalanceHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.LoyaltyBalance, Role.Shopper) { ShopperOnly = true, HelpOrder = 5 };

    public Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var customer = turn.Sender.Customer!;
        var rule = turn.Line("loyalty_balance.rule", ("amount", format.Money(loyalty.Value.AmountPerPoint)), ("store", store.Value.Name));
        if (customer.LoyaltyPoints == 0)
        {
            turn.Say("loyalty_balance.none", ("rule", rule));
        }
        else
        {
            turn.Say(customer.DisplayName is null ? "loyalty_balance.points" : "loyalty_balance.points_named",
                ("points", format.Number(customer.LoyaltyPoints)), ("name", customer.DisplayName), ("rule", rule));
        }

        return Task.CompletedTask;
    }
}
