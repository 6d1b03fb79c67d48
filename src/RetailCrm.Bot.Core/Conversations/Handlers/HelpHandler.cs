using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Conversations.Handlers;

/// <summary>HELP: the store's name, what this person can ask for, and how to opt out.</summary>
public sealed class HelpHandler(IOptions<StoreOptions> store) : IIntentHandler
{
    public string Intent => Intents.Help;

    public Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        turn.State.ClearPending();
        turn.Reply(HelpText(turn.Role, store.Value.Name));
        return Task.CompletedTask;
    }

    public static string HelpText(Role role, string storeName)
    {
        const string staffCommands =
            "• inquiry <number> <item> follow up <day>\n" +
            "• sale <number> <amount> <item>\n" +
            "• restock <item> size <size> qty <n>\n" +
            "• who is <number>\n" +
            "• note <number> <text>\n" +
            "• complaint <number> <text> · resolve complaint <id>\n" +
            "• reply <number> <message>\n" +
            "• my followups · summary today|yesterday|week|month";
        const string ownerCommands =
            "\n• top customers · inactive customers\n" +
            "• offer vip|inactive|new|all <offer text>\n" +
            "• add <name> <number> as staff · remove staff <number> · staff list";
        return role switch
        {
            Role.Owner => $"{storeName} owner commands:\n{staffCommands}{ownerCommands}\nReply STOP to opt out of messages.",
            Role.Staff => $"{storeName} staff commands:\n{staffCommands}\nReply STOP to opt out of messages.",
            _ => $"Hi! I'm {storeName}'s assistant. You can ask me:\n" +
                 "• what's in stock (\"do you have the blue kurta in M?\")\n" +
                 "• to tell you when something is back (\"notify me when it's back\")\n" +
                 "• your points, or what you bought\n" +
                 "• our address and timings\n" +
                 "• to talk to a person\n" +
                 "Reply STOP to unsubscribe, START to subscribe again.",
        };
    }
}
