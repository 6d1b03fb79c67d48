using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Inquiries;

/// <summary>The follow-ups due today or overdue: a staff member's own, or everyone's for an owner.</summary>
public sealed class MyFollowupsHandler(InquiryService inquiries, StoreClock clock, StoreFormat format) : IIntentHandler<MyFollowupsHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.MyFollowups, Role.Staff)
    {
        Slots = [SlotRequirement.Optional(SlotTypes.Date)],
        HelpOrder = 9,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.LocalNow);
        var staffId = turn.Role == Role.Owner ? null : turn.Sender.StaffMember?.Id;
        var due = await inquiries.DueAsync(today, staffId, ct);
        if (due.Count == 0)
        {
            turn.Reply("No follow-ups due today. Log one with: inquiry <number> <item> follow up <day>");
            return;
        }

        var lines = due.Select(i =>
            $"• {CustomerNames.Who(i.Customer!)}: {InquiryService.FollowUpText(i)}" +
            (i.FollowUpOn < today ? $" (due {format.Date(i.FollowUpOn!.Value)})" : ""));
        turn.Reply($"Follow-ups due ({due.Count}):\n" + string.Join('\n', lines));
    }
}
