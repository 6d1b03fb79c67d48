using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Staff;

namespace RetailCrm.Bot.Core.Handoff;

/// <summary>A shopper wants a person: the team gets their number and words, and can answer with "reply".</summary>
public sealed class HumanHandoffHandler(TeamNotifier team) : IIntentHandler
{
    public string Intent => Intents.HumanHandoff;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var customer = turn.Sender.Customer!;
        var number = PhoneNumberNormalizer.Display(customer.Phone);
        var who = customer.DisplayName is { } name ? $"{name} ({number})" : number;
        var notified = await team.NotifyAsync(
            $"{who} wants to talk to a person. They wrote: \"{Shorten(turn.Text)}\". Answer them with: reply {number} <your message>",
            customer.Phone,
            ct);
        turn.Reply(notified > 0
            ? "I've asked our team to get back to you; someone will reply here shortly."
            : "I've noted that you'd like to talk to a person; our team will get back to you here.");
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
