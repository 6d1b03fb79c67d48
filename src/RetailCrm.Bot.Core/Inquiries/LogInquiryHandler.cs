using System.Globalization;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Inquiries;

/// <summary>Staff on the floor: "inquiry 98765 43210 blue kurta M follow up friday".</summary>
public sealed class LogInquiryHandler(CustomerDirectory customers, InquiryService inquiries, StoreFormat format) : IIntentHandler<LogInquiryHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.LogInquiry, Role.Staff)
    {
        Slots =
        [
            SlotRequirement.Required(SlotTypes.Phone), SlotRequirement.Required(SlotTypes.Product, orElse: SlotTypes.Text),
            SlotRequirement.Optional(SlotTypes.Date), SlotRequirement.Optional(SlotTypes.Size), SlotRequirement.Optional(SlotTypes.Color),
            SlotRequirement.Optional(SlotTypes.Amount), SlotRequirement.Optional(SlotTypes.Name),
        ],
        HelpOrder = 1,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var phone = recognition.Get(SlotTypes.Phone)!;
        var product = recognition.Get(SlotTypes.Product);
        var description = (product ?? recognition.Get(SlotTypes.Text))!;
        var customer = await customers.FindOrCreateAsync(phone, ct);
        customer.Name ??= recognition.Get(SlotTypes.Name);
        var color = ProductKeys.NormalizeColor(recognition.Get(SlotTypes.Color));
        var size = ProductKeys.NormalizeSize(recognition.Get(SlotTypes.Size));
        var followUp = recognition.Get(SlotTypes.Date);
        inquiries.Log(customer, description, product is null ? null : ProductKeys.Key(product, color, size), color, size,
            InquirySource.Staff, turn.Sender.StaffMember?.Id, followUp);

        var item = product is null ? description : ProductKeys.Describe(ProductKeys.Name(product, color, size), color, size);
        var followUpText = followUp is { } d ? $" I'll remind you on {format.Date(d)}." : " Add \"follow up friday\" next time and I'll remind you.";
        turn.Reply($"Inquiry logged: {CustomerNames.Who(customer)} asked about {item}.{followUpText}");
    }
}
