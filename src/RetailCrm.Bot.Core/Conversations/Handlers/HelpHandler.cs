using System.Text;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Conversations.Handlers;

/// <summary>
/// HELP: the store's name, what this person can ask for, and how to opt out. The list comes from
/// bot-manifests/commands.json, so HELP changes with the manifest rather than with this code.
/// </summary>
public sealed class HelpHandler(IOptions<StoreOptions> store, CommandManifest manifest) : IIntentHandler
{
    public string Intent => Intents.Help;

    public Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        turn.State.ClearPending();
        turn.Reply(HelpText(turn.Role, store.Value.Name, manifest));
        return Task.CompletedTask;
    }

    public static string HelpText(Role role, string storeName, CommandManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var text = new StringBuilder();
        if (role == Role.Shopper)
        {
            // Shoppers get plain words with an example; staff and owners get the syntax itself, which is what
            // they type.
            text.Append("Hi! I'm the ").Append(storeName).Append(" assistant. You can ask me:\n");
            foreach (var entry in manifest.For(role))
            {
                text.Append("• ").Append(entry.Does).Append(" (\"").Append(entry.Say).Append("\")\n");
            }

            return text.Append("Reply STOP to unsubscribe, START to subscribe again.").ToString();
        }

        text.Append(storeName).Append(role == Role.Owner ? " owner commands:\n" : " staff commands:\n");
        foreach (var entry in manifest.For(role))
        {
            text.Append("• ").Append(entry.Say).Append('\n');
        }

        return text.Append("Reply STOP to opt out of messages.").ToString();
    }
}
