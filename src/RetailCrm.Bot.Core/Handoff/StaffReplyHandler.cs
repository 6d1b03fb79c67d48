using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Core.Handoff;

/// <summary>"reply 98765 43210 yes we have it in M": staff answer a shopper through the store's number.</summary>
public sealed class StaffReplyHandler(CustomerDirectory customers, Outbox outbox) : IIntentHandler
{
    public const string Kind = "staff_reply";

    public string Intent => Intents.StaffReply;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        if (recognition.Slot(Slots.Phone) is not { } phone)
        {
            turn.Ask(recognition, Slots.Phone, "Who should I send it to? Send their phone number.");
            return;
        }

        if (recognition.Slot(Slots.Text) is not { Length: > 0 } text)
        {
            turn.Ask(recognition, Slots.Text, "What should I tell them?");
            return;
        }

        var customer = await customers.FindOrCreateAsync(phone, ct);
        // An answer to the shopper's own request: a reply, on the channel they last used.
        outbox.Queue(customer.Phone, customer.LastChannel ?? MessageChannel.Sms, text, Kind, MessagePurpose.Reply, customer);
        turn.Reply($"Sent to {CustomerNames.Who(customer)}.");
    }
}
