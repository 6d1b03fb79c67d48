using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Staff;

namespace RetailCrm.Bot.Core.Handoff;

/// <summary>A shopper wants a person: the team gets their number and words, and can answer with "reply".</summary>
public sealed class HumanHandoffHandler(TeamNotifier team) : IIntentHandler<HumanHandoffHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.HumanHandoff, Role.Shopper) { ShopperOnly = true, HelpOrder = 9 };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var notified = await HandOverAsync(team, turn, "wants to talk to a person", ct);
        turn.Say(notified > 0 ? "human_handoff.notified" : "human_handoff.noted");
    }

    /// <summary>Tells the team what a shopper wrote and how to answer them; returns how many people were told.</summary>
    public static Task<int> HandOverAsync(TeamNotifier team, TurnContext turn, string what, CancellationToken ct)
    {
        var customer = turn.Sender.Customer!;
        var number = PhoneNumberNormalizer.Display(customer.Phone);
        var who = customer.DisplayName is { } name ? $"{name} ({number})" : number;
        return team.NotifyAsync(
            $"{who} {what}. They wrote: \"{Shorten(turn.Text)}\". Answer them with: reply {number} <your message>",
            customer.Phone,
            ct);
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
