using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations.Recognizers;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Conversations.Handlers;

/// <summary>
/// "thanks", "ok", "👍", "bye", "are you a bot?", "who is this?": a short, friendly answer in kind, never "I didn't
/// catch that". Which answer fits is read from a few words, in any of the three scripts.
/// </summary>
public sealed class SmallTalkHandler(IOptions<StoreOptions> store) : IIntentHandler<SmallTalkHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.SmallTalk, Role.Shopper);

    public Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        turn.Say("small_talk." + SmallTalk.Kind(turn.Text), ("store", store.Value.Name));
        return Task.CompletedTask;
    }
}
