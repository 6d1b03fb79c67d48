using System.Globalization;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Insights;

public sealed class TopCustomersHandler(SummaryService summaries, StoreClock clock, StoreFormat format) : IIntentHandler<TopCustomersHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.TopCustomers, Role.Owner)
    {
        Slots = [SlotRequirement.Optional(SlotTypes.Quantity), SlotRequirement.Optional(SlotTypes.Period)],
        HelpOrder = 1,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var periodName = recognition.Get(SlotTypes.Period);
        var period = periodName is null ? null : Period.For(periodName, clock);
        var count = Math.Clamp(recognition.Get(SlotTypes.Quantity) ?? 5, 1, 20);
        var top = await summaries.TopCustomersAsync(period, count, ct);
        var when = period?.Label.ToLowerInvariant() ?? "all time";
        if (top.Count == 0)
        {
            turn.Reply($"No sales logged ({when}) yet, so no top customers.");
            return;
        }

        var lines = top.Select((t, i) => $"{i + 1}. {CustomerNames.Who(t.Customer)}: {format.Money(t.Spend)} in {t.Visits} visit{(t.Visits == 1 ? "" : "s")}");
        turn.Reply($"Top customers ({when}):\n" + string.Join('\n', lines));
    }
}
