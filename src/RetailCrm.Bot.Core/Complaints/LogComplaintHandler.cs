using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;

namespace RetailCrm.Bot.Core.Complaints;

/// <summary>Staff log a complaint a customer made in the shop or on the phone.</summary>
public sealed class LogComplaintHandler(CustomerDirectory customers, ComplaintService complaints) : IIntentHandler<LogComplaintHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.LogComplaint, Role.Staff)
    {
        Slots = [SlotRequirement.Required(SlotTypes.Phone), SlotRequirement.Required(SlotTypes.Text)],
        HelpOrder = 6,
        FromShopper = Intents.Complaint,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var phone = recognition.Get(SlotTypes.Phone)!;
        var text = recognition.Get(SlotTypes.Text)!;

        var customer = await customers.FindOrCreateAsync(phone, ct);
        var complaint = await complaints.OpenAsync(customer, text, ComplaintSource.Staff, ct);
        turn.Reply($"Complaint #{complaint.Id} logged for {CustomerNames.Who(customer)}. When it's sorted: resolve complaint {complaint.Id}");
    }
}
