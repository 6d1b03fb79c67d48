using System.Globalization;
using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Core.Complaints;

public sealed class ResolveComplaintHandler(ComplaintService complaints) : IIntentHandler<ResolveComplaintHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.ResolveComplaint, Role.Staff)
    {
        Slots = [SlotRequirement.Required(SlotTypes.ComplaintId)],
        HelpOrder = 7,
        FromShopper = Intents.Complaint,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var id = recognition.Get(SlotTypes.ComplaintId)!.Value;

        turn.Reply(await complaints.ResolveAsync(id, turn.Sender.Phone, ct) switch
        {
            ResolveOutcome.NotFound => $"There is no complaint #{id}.",
            ResolveOutcome.AlreadyResolved => $"Complaint #{id} was already resolved.",
            _ => $"Complaint #{id} is resolved. Thank you!",
        });
    }
}
