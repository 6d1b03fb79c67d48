using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Conversations.Handlers;

public sealed class GreetingHandler(IOptions<StoreOptions> store) : IIntentHandler<GreetingHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.Greeting, Role.Shopper) { StartsAfresh = true };

    public Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        turn.State.ClearPending(); // a greeting always starts afresh, so nobody stays stuck in a question
        var storeName = store.Value.Name;
        switch (turn.Role)
        {
            case Role.Owner:
                turn.Say("greeting.owner", ("store", storeName));
                break;
            case Role.Staff:
                turn.Say("greeting.staff", ("store", storeName), ("name", turn.Sender.StaffMember?.Name));
                break;
            default:
                var name = turn.Sender.Customer?.DisplayName;
                turn.Say(string.IsNullOrWhiteSpace(name) ? "greeting.shopper" : "greeting.shopper_named", ("store", storeName), ("name", name));
                break;
        }

        return Task.CompletedTask;
    }
}
