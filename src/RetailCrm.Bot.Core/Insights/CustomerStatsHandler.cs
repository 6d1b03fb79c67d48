using System.Globalization;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>
/// "how many customers do I have", "repeat rate this month", "average bill": the customer numbers in four lines, for
/// all time or the period asked for (the value per customer is always all time); "cohorts" adds the monthly cohorts.
/// </summary>
public sealed class CustomerStatsHandler(CustomerStats stats, StoreClock clock, StoreFormat format) : IIntentHandler<CustomerStatsHandler>
{
    private const int CohortMonths = 6;

    public static IntentDefinition Definition { get; } = new(Intents.CustomerStats, Role.Owner)
    {
        Slots = [SlotRequirement.Optional(SlotTypes.Measure), SlotRequirement.Optional(SlotTypes.Period)],
        HelpOrder = 9,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var periodName = recognition.Get(SlotTypes.Period);
        var period = periodName is null ? null : Period.For(periodName, clock);
        var month = Period.For("month", clock);
        var counts = await stats.CountAsync(month.StartUtc, ct);
        var allTime = await stats.BuyingAsync(null, ct);
        var buying = period is null ? allTime : await stats.BuyingAsync(period, ct);
        var when = period is null ? "" : $" ({period.Label.ToLowerInvariant()})";

        var lines = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["customers"] = $"Customers: {counts.Customers} · {allTime.Buyers} have bought · {counts.Joined} new this month · {counts.GetOffers} get offers",
            ["repeat_rate"] = $"Repeat rate{when}: {Percent(buying.RepeatRate)} ({buying.RepeatBuyers} of {buying.Buyers} buyers bought more than once)",
            ["average_bill"] = $"Average bill{when}: {format.Money(buying.AverageBill)} over {buying.Sales} sale{(buying.Sales == 1 ? "" : "s")}",
            ["customer_value"] = $"Value per customer: {format.Money(allTime.ValuePerCustomer)} (all time, {format.Money(allTime.Revenue)} ÷ {allTime.Buyers} buyers)",
        };

        // What was asked comes first; the rest follow in their usual order.
        var asked = recognition.Get(SlotTypes.Measure);
        var order = lines.Keys.OrderBy(k => k == asked ? 0 : 1).ToList();
        var reply = string.Join('\n', order.Select(k => lines[k]));
        if (asked == "cohorts")
        {
            reply += "\n" + await CohortsAsync(ct);
        }

        turn.Reply(reply);
    }

    private async Task<string> CohortsAsync(CancellationToken ct)
    {
        var cohorts = await stats.CohortsAsync(CohortMonths, ct);
        var rows = cohorts.Where(c => c.Customers > 0).Select(c =>
            $"{c.Month.ToString("MMM", format.Culture)}: {c.Customers} → " +
            (c.Returned.Count == 0 ? "(this month)" : string.Join(' ', Enumerable.Range(1, c.Returned.Count).Select(m => Percent(c.Retention(m))))));
        return "First bought in (customers → % buying again 1, 2, … months later):\n" + string.Join('\n', rows.DefaultIfEmpty("no first purchases in the last 6 months"));
    }

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
