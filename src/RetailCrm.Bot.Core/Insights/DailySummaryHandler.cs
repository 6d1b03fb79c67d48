using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>"aaj ka hisaab", "summary yesterday": the period's numbers in one message.</summary>
public sealed class DailySummaryHandler(SummaryService summaries, StoreClock clock, StoreFormat format, IOptions<StoreOptions> store) : IIntentHandler
{
    public string Intent => Intents.DailySummary;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var period = Period.For(recognition.Slot(Slots.Period), clock);
        var summary = await summaries.BuildAsync(period, ct);
        turn.Reply(Format(summary, format, store.Value.Name));
    }

    public static string Format(Summary s, StoreFormat format, string storeName) => string.Join('\n',
        $"{s.Period.Label} at {storeName}:",
        $"Sales: {s.Sales} · {format.Money(s.Revenue)}" + (s.Sales > 0 ? $" · avg {format.Money(s.AverageSale)}" : ""),
        $"Customers: {s.NewCustomers} new, {s.ReturningCustomers} returning",
        $"Inquiries: {s.InquiriesLogged} logged, {s.InquiriesConverted} converted",
        $"Stock alerts: {s.AlertsWaiting} waiting, {s.AlertsSent} sent",
        $"Complaints open: {s.ComplaintsOpen}",
        $"Follow-ups due: {s.FollowUpsDue}");
}
