using System.Globalization;
using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Core.Complaints;

public sealed class ResolveComplaintHandler(ComplaintService complaints) : IIntentHandler
{
    public string Intent => Intents.ResolveComplaint;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        if (!int.TryParse(recognition.Slot(Slots.ComplaintId), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            turn.Ask(recognition, Slots.ComplaintId, "Which complaint number? For example: resolve complaint 12");
            return;
        }

        turn.Reply(await complaints.ResolveAsync(id, turn.Sender.Phone, ct) switch
        {
            ResolveOutcome.NotFound => $"There is no complaint #{id}.",
            ResolveOutcome.AlreadyResolved => $"Complaint #{id} was already resolved.",
            _ => $"Complaint #{id} is resolved. Thank you!",
        });
    }
}
