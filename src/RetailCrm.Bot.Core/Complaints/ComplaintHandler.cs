using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Staff;

namespace RetailCrm.Bot.Core.Complaints;

/// <summary>A shopper complains: the complaint gets a number, the team is told, the shopper hears both.</summary>
public sealed class ComplaintHandler(ComplaintService complaints, TeamNotifier team) : IIntentHandler<ComplaintHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.Complaint, Role.Shopper)
    {
        Slots = [SlotRequirement.Optional(SlotTypes.Text)],
        ShopperOnly = true,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var text = recognition.Get(SlotTypes.Text) ?? turn.Text;
        if (SaysNothingYet(text))
        {
            turn.Ask(recognition, Slots.Text, turn.Line("complaint.what_went_wrong"));
            return;
        }

        var customer = turn.Sender.Customer!;
        var complaint = await complaints.OpenAsync(customer, text, ComplaintSource.Shopper, ct);
        await team.NotifyAsync(
            $"Complaint #{complaint.Id} from {CustomerNames.Who(customer)}: \"{Shorten(text)}\". When it's sorted: resolve complaint {complaint.Id}",
            customer.Phone,
            ct);
        turn.Say("complaint.logged", ("id", complaint.Id));
    }

    /// <summary>"I want to complain" or "😡😡" says nothing about what happened; ask before logging.</summary>
    private static bool SaysNothingYet(string text)
    {
        var roman = Conversations.Understanding.Devanagari.ToRoman(text).ToLowerInvariant();
        var words = roman.Split((char[])[' ', ',', '.', '!', '?'], StringSplitOptions.RemoveEmptyEntries);
        if (!roman.Any(char.IsLetterOrDigit))
        {
            return true;
        }

        return words.Length <= 5 && words.Any(w => w.StartsWith("complain", StringComparison.Ordinal) || w.StartsWith("shikayat", StringComparison.Ordinal)
            || w.StartsWith("kampalen", StringComparison.Ordinal) || w == "complaint");
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
