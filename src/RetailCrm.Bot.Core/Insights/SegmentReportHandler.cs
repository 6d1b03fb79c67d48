using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Insights.Charts;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>
/// "segments", "RFM": how many customers each RFM segment holds. "who is at risk", "show champions": one segment's
/// biggest spenders, and how to send them an offer.
/// </summary>
public sealed class SegmentReportHandler(RfmReport report, Segments segments, ReportCharts charts, StoreClock clock, StoreFormat format)
    : IIntentHandler<SegmentReportHandler>
{
    private const int Listed = 5;

    public static IntentDefinition Definition { get; } = new(Intents.SegmentReport, Role.Owner)
    {
        Slots = [SlotRequirement.Optional(SlotTypes.Segment)],
        HelpOrder = 7,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var segment = Segments.Normalize(recognition.Get(SlotTypes.Segment));
        if (segment is not null && RfmSegments.Names.Contains(segment))
        {
            await OneSegmentAsync(turn, segment, ct);
            return;
        }

        var sizes = await report.SizesAsync(ct);
        if (sizes.Buyers == 0)
        {
            turn.Reply("No purchases logged yet, so there is nothing to score. Segments appear once sales are logged.");
            return;
        }

        var lines = RfmSegments.Names.Select(s => $"• {s}: {sizes.Counts[s]} ({RfmSegments.Describe(s)})");
        var reply = turn.Reply($"Customer segments (RFM, {sizes.Buyers} who have bought):\n" + string.Join('\n', lines) +
                   $"\n• others: {sizes.Counts[RfmSegments.Others]} · not bought yet: {sizes.NotBought}\n" +
                   "See one: who is at risk · Offer one: offer at_risk <your offer>");
        var bars = RfmSegments.Names.Append(RfmSegments.Others)
            .Select(s => new CountBar(s.Replace('_', ' '), sizes.Counts[s]))
            .Append(new CountBar("not bought yet", sizes.NotBought))
            .ToList();
        charts.Attach(turn, reply, r => r.SegmentSizes(new CountsChart("Customers by segment (RFM)", bars)));
    }

    private async Task OneSegmentAsync(TurnContext turn, string segment, CancellationToken ct)
    {
        var members = await report.TopAsync(segment, Listed + 1, ct);
        var total = members.Count <= Listed ? members.Count : (await report.SizesAsync(ct)).Counts[segment];
        if (total == 0)
        {
            turn.Reply($"No customers are {segment} right now ({RfmSegments.Describe(segment)}).");
            return;
        }

        var reachable = await segments.CountAsync(segment, ct);
        var lines = members.Take(Listed).Select(m => "• " + CustomerNames.Who(m.Customer) + (m.LastPurchaseAt is { } last
            ? $": {format.Money(m.Spend)} in {m.Purchases} visit{(m.Purchases == 1 ? "" : "s")}, last {format.Date(DateOnly.FromDateTime(clock.ToLocal(last)))}"
            : $", joined {format.Date(DateOnly.FromDateTime(clock.ToLocal(m.Customer.CreatedAt)))}"));
        var more = total > Listed ? $"\n…and {total - Listed} more." : "";
        turn.Reply($"{segment}: {total} customer{(total == 1 ? "" : "s")} ({RfmSegments.Describe(segment)}), {reachable} can get offers:\n" +
                   string.Join('\n', lines) + more + $"\nSend them an offer: offer {segment} <your offer>");
    }
}
