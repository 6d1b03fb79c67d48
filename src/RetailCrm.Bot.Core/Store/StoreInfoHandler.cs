using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Core.Store;

public sealed class StoreInfoHandler(IOptions<StoreOptions> options) : IIntentHandler
{
    public string Intent => Intents.StoreInfo;

    public Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var store = options.Value;
        var parts = new List<string> { store.Name };
        if (!string.IsNullOrWhiteSpace(store.Address))
        {
            parts.Add($"is at {store.Address}");
        }

        if (!string.IsNullOrWhiteSpace(store.OpeningHours))
        {
            parts.Add($"open {store.OpeningHours}");
        }

        turn.Reply(parts.Count == 1
            ? $"{store.Name} will share the address and timings with you: reply \"talk to someone\" and our team will get back to you."
            : string.Join(", ", parts) + ". See you soon!");
        return Task.CompletedTask;
    }
}
