using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Insights.Charts;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>
/// "aaj ka hisaab", "summary yesterday": the period's numbers in one message. A week's or a month's (the weekly summary)
/// also shows its revenue by day as a chart on WhatsApp.
/// </summary>
public sealed class DailySummaryHandler(SummaryService summaries, ReportCharts charts, StoreClock clock, StoreFormat format, IOptions<StoreOptions> store)
    : IIntentHandler<DailySummaryHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.DailySummary, Role.Staff)
    {
        Slots = [SlotRequirement.Optional(SlotTypes.Period)],
        HelpOrder = 10,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var period = Period.For(recognition.Slot(Slots.Period), clock);
        var summary = await summaries.BuildAsync(period, ct);
        var reply = turn.Reply(Format(summary, format, store.Value.Name));
        if (period.Name is "week" or "month")
        {
            // Even on a Monday, when the week has one day so far: the owner asked for the week's picture.
            charts.Attach(turn, reply, r => r.RevenueByDay(new RevenueByDayChart($"Revenue by day · {period.Label}", summary.RevenueByDay)));
        }
    }

    public static string Format(Summary s, StoreFormat format, string storeName) => string.Join('\n',
        $"{s.Period.Label} at {storeName}:",
        $"Sales: {s.Sales} · {format.Money(s.Revenue)}" + (s.Sales > 0 ? $" · avg {format.Money(s.AverageSale)}" : ""),
        $"Customers: {s.NewCustomers} new, {s.ReturningCustomers} returning",
        $"Inquiries: {s.InquiriesLogged} logged, {s.InquiriesConverted} converted",
        $"Stock alerts: {s.AlertsWaiting} waiting, {s.AlertsSent} sent",
        $"Complaints open: {s.ComplaintsOpen}",
        $"Follow-ups due: {s.FollowUpsDue}",
        Proactive(s.Proactive));

    /// <summary>The same numbers on one line: WhatsApp template variables cannot hold line breaks.</summary>
    public static string OneLine(Summary s, StoreFormat format) => string.Join(" | ",
        $"Sales {s.Sales} ({format.Money(s.Revenue)})",
        $"customers {s.NewCustomers} new, {s.ReturningCustomers} returning",
        $"inquiries {s.InquiriesLogged} logged, {s.InquiriesConverted} converted",
        $"alerts {s.AlertsWaiting} waiting, {s.AlertsSent} sent",
        $"complaints open {s.ComplaintsOpen}",
        $"follow-ups due {s.FollowUpsDue}",
        Proactive(s.Proactive).ToLowerInvariant());

    private static string Proactive(ProactiveCounts p)
    {
        var reasons = p.SkipReasons.Count == 0
            ? ""
            : " (" + string.Join(", ", p.SkipReasons.Select(r => $"{r.Key.Replace('_', ' ')} {r.Value}")) + ")";
        return $"Messages sent unasked: {p.Sent} sent, {p.HeldBack} held back, {p.Skipped} not sent{reasons}";
    }
}
