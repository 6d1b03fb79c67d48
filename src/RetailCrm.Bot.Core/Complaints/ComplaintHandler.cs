using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Staff;

namespace RetailCrm.Bot.Core.Complaints;

/// <summary>A shopper complains: the complaint gets a number, the team is told, the shopper hears both.</summary>
public sealed class ComplaintHandler(ComplaintService complaints, TeamNotifier team, Manifests.NluData nlu) : IIntentHandler<ComplaintHandler>
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

    /// <summary>"I want to complain", "मुझे कंप्लेंट करनी है" or "😡😡" says nothing about what happened; ask before logging.</summary>
    private bool SaysNothingYet(string text)
    {
        var roman = Conversations.Understanding.Devanagari.ToRoman(text).ToLowerInvariant();
        if (!roman.Any(char.IsLetterOrDigit))
        {
            return true;
        }

        var words = roman.Split((char[])[' ', ',', '.', '!', '?'], StringSplitOptions.RemoveEmptyEntries).Select(nlu.Lexicon.Fold).ToList();
        return words.Count <= 5 && words.Any(w => w is "complaint" or "shikayat" || w.StartsWith("complain", StringComparison.Ordinal));
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : StoredText.Fit(text, 300) + "…";
}
