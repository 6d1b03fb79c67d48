using System.Text;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Conversations.Handlers;

/// <summary>
/// HELP: the store's name, what this person can ask for, and how to opt out. The list is every intent whose
/// definition says <see cref="IntentDefinition.HelpOrder"/>, for the sender's role, in their language.
/// </summary>
public sealed class HelpHandler(IOptions<StoreOptions> store) : IIntentHandler<HelpHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.Help, Role.Shopper) { StartsAfresh = true };

    public Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        turn.State.ClearPending();
        turn.Reply(HelpText(turn.Role, store.Value.Name, turn.Texts, turn.Language));
        return Task.CompletedTask;
    }

    /// <summary>The intents HELP lists for a role: staff commands first for owners, then the owner's own.</summary>
    public static IEnumerable<IntentDefinition> Listed(Role role) =>
        IntentCatalog.All
            .Where(i => i.HelpOrder is not null && IntentCatalog.IsAllowed(i.Name, role) && (role == Role.Shopper) == (i.Role == Role.Shopper))
            .OrderBy(i => i.Role)
            .ThenBy(i => i.HelpOrder);

    public static string HelpText(Role role, string storeName, ReplyTexts texts, ReplyLanguage language)
    {
        var text = new StringBuilder();
        if (role == Role.Shopper)
        {
            // Shoppers get plain words with an example; staff and owners get the syntax itself, which is what
            // they type.
            text.Append(texts.Get(language, "help.shopper.intro", ("store", storeName))).Append('\n');
            foreach (var intent in Listed(role))
            {
                text.Append("• ").Append(texts.Get(language, intent.HelpDoesKey))
                    .Append(" (\"").Append(texts.Get(language, intent.HelpSayKey)).Append("\")\n");
            }

            return text.Append(texts.Get(language, "help.shopper.outro")).ToString();
        }

        text.Append(texts.Get(language, role == Role.Owner ? "help.owner.intro" : "help.staff.intro", ("store", storeName))).Append('\n');
        foreach (var intent in Listed(role))
        {
            text.Append("• ").Append(texts.Get(language, intent.HelpSayKey)).Append('\n');
        }

        return text.Append(texts.Get(language, "help.staff.outro")).ToString();
    }
}
