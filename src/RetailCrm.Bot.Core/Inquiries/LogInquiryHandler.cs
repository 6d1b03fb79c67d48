using System.Globalization;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Inquiries;

/// <summary>Staff on the floor: "inquiry 98765 43210 blue kurta M follow up friday".</summary>
public sealed class LogInquiryHandler(CustomerDirectory customers, InquiryService inquiries, StoreFormat format) : IIntentHandler
{
    public string Intent => Intents.LogInquiry;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        if (recognition.Slot(Slots.Phone) is not { } phone)
        {
            turn.Ask(recognition, Slots.Phone, "Which customer asked? Send their phone number.");
            return;
        }

        var product = recognition.Slot(Slots.Product);
        var description = product ?? recognition.Slot(Slots.Text);
        if (description is null)
        {
            turn.Ask(recognition, Slots.Product, "What did they ask about?");
            return;
        }

        var customer = await customers.FindOrCreateAsync(phone, ct);
        customer.Name ??= recognition.Slot(Slots.Name);
        var color = ProductKeys.NormalizeColor(recognition.Slot(Slots.Color));
        var size = ProductKeys.NormalizeSize(recognition.Slot(Slots.Size));
        DateOnly? followUp = DateOnly.TryParseExact(recognition.Slot(Slots.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
        inquiries.Log(customer, description, product is null ? null : ProductKeys.Key(product, color, size), color, size,
            InquirySource.Staff, turn.Sender.StaffMember?.Id, followUp);

        var item = product is null ? description : ProductKeys.Describe(ProductKeys.Name(product, color, size), color, size);
        var followUpText = followUp is { } d ? $" I'll remind you on {format.Date(d)}." : " Add \"follow up friday\" next time and I'll remind you.";
        turn.Reply($"Inquiry logged: {CustomerNames.Who(customer)} asked about {item}.{followUpText}");
    }
}
