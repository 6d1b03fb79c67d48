using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;

namespace RetailCrm.Bot.Core.Complaints;

/// <summary>Staff log a complaint a customer made in the shop or on the phone.</summary>
public sealed class LogComplaintHandler(CustomerDirectory customers, ComplaintService complaints) : IIntentHandler
{
    public string Intent => Intents.LogComplaint;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        if (recognition.Slot(Slots.Phone) is not { } phone)
        {
            turn.Ask(recognition, Slots.Phone, "Which customer is complaining? Send their phone number.");
            return;
        }

        if (recognition.Slot(Slots.Text) is not { Length: > 0 } text)
        {
            turn.Ask(recognition, Slots.Text, "What is the complaint about?");
            return;
        }

        var customer = await customers.FindOrCreateAsync(phone, ct);
        var complaint = await complaints.OpenAsync(customer, text, ComplaintSource.Staff, ct);
        turn.Reply($"Complaint #{complaint.Id} logged for {CustomerNames.Who(customer)}. When it's sorted: resolve complaint {complaint.Id}");
    }
}
