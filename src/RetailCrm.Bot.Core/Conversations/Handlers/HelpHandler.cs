using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Conversations.Handlers;

/// <summary>HELP: the store's name, what this person can ask for, and how to opt out.</summary>
public sealed class HelpHandler(IOptions<StoreOptions> store) : IIntentHandler
{
    public string Intent => Intents.Help;

    public Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        turn.State = new DialogState();
        var storeName = store.Value.Name;
        turn.Reply(turn.Role switch
        {
            Role.Owner => $"{storeName} owner help: say hi to check I'm listening. More commands are coming. Reply STOP to opt out of messages.",
            Role.Staff => $"{storeName} staff help: say hi to check I'm listening. More commands are coming. Reply STOP to opt out of messages.",
            _ => $"This is {storeName}'s assistant. Say hi to start. Reply STOP to unsubscribe, START to subscribe again.",
        });
        return Task.CompletedTask;
    }
}
