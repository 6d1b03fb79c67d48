using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Staff;

namespace RetailCrm.Bot.Core.Complaints;

/// <summary>A shopper complains: the complaint gets a number, the team is told, the shopper hears both.</summary>
public sealed class ComplaintHandler(ComplaintService complaints, TeamNotifier team) : IIntentHandler
{
    public string Intent => Intents.Complaint;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var text = recognition.Slot(Slots.Text) ?? turn.Text;
        if (IsOnlyTheWish(text))
        {
            turn.Ask(recognition, Slots.Text, "I'm sorry to hear that. What went wrong? Tell me in a message and I'll pass it to our team.");
            return;
        }

        var customer = turn.Sender.Customer!;
        var complaint = await complaints.OpenAsync(customer, text, ComplaintSource.Shopper, ct);
        await team.NotifyAsync(
            $"Complaint #{complaint.Id} from {CustomerNames.Who(customer)}: \"{Shorten(text)}\". When it's sorted: resolve complaint {complaint.Id}",
            customer.Phone,
            ct);
        turn.Reply($"I'm sorry about that. I've logged it as complaint #{complaint.Id} and our team will contact you soon.");
    }

    /// <summary>"I want to complain" says nothing about what happened; ask before logging.</summary>
    private static bool IsOnlyTheWish(string text)
    {
        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 5 && words.Any(w => w.StartsWith("complain", StringComparison.Ordinal) || w.StartsWith("shikayat", StringComparison.Ordinal) || w == "complaint");
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
