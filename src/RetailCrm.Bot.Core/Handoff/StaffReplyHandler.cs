using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Core.Handoff;

/// <summary>"reply 98765 43210 yes we have it in M": staff answer a shopper through the store's number.</summary>
public sealed class StaffReplyHandler(CustomerDirectory customers, Outbox outbox, Inquiries.InquiryService inquiries) : IIntentHandler<StaffReplyHandler>
{
    public const string Kind = "staff_reply";

    public static IntentDefinition Definition { get; } = new(Intents.StaffReply, Role.Staff)
    {
        Slots = [SlotRequirement.Required(SlotTypes.Phone), SlotRequirement.Required(SlotTypes.Text)],
        HelpOrder = 8,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var phone = recognition.Get(SlotTypes.Phone)!;
        var text = recognition.Get(SlotTypes.Text)!;
        var customer = await customers.FindOrCreateAsync(phone, ct);
        await inquiries.AnswerReturnRequestsAsync(customer.Id, ct);
        // An answer to the shopper's own request: a reply, on the channel they last used.
        outbox.Queue(customer.Phone, customer.LastChannel ?? MessageChannel.Sms, text, Kind, MessagePurpose.Reply, customer);
        turn.Reply($"Sent to {CustomerNames.Who(customer)}.");
    }
}
