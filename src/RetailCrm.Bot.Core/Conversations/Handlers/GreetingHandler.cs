using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Conversations.Handlers;

public sealed class GreetingHandler(IOptions<StoreOptions> store) : IIntentHandler
{
    public string Intent => Intents.Greeting;

    public Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        turn.State.ClearPending(); // a greeting always starts afresh, so nobody stays stuck in a question
        var storeName = store.Value.Name;
        turn.Reply(turn.Role switch
        {
            Role.Owner => $"Hello! You're the owner of {storeName} here. Type HELP to see what I can do for you.",
            Role.Staff => $"Hi {turn.Sender.StaffMember?.Name}! You're on the {storeName} staff list. Type HELP for your commands.",
            _ => Greet(turn.Sender.Customer?.DisplayName, storeName),
        });
        return Task.CompletedTask;
    }

    private static string Greet(string? name, string storeName) =>
        string.IsNullOrWhiteSpace(name)
            ? $"Hi! Welcome to {storeName}. How can I help you today? Type HELP to see what I can do."
            : $"Hi {name}! Welcome to {storeName}. How can I help you today? Type HELP to see what I can do.";
}
