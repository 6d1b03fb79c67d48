using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>The owners' evening summary (Engagement:DailySummaryAt), once per owner per day.</summary>
public sealed class DailySummarySender(
    ICrmDbContext db,
    SummaryService summaries,
    RoleResolver roles,
    TeamNotifier team,
    ProactiveMessages proactive,
    StoreClock clock,
    StoreFormat format)
{
    public const string Kind = "daily_summary";

    public async Task<int> SendAsync(CancellationToken ct)
    {
        var period = Period.For("today", clock);
        var summary = await summaries.BuildAsync(period, ct);
        var line = DailySummaryHandler.OneLine(summary, format);
        var sent = 0;
        foreach (var owner in roles.OwnerPhones)
        {
            var channel = await team.LastChannelAsync(owner, ct) ?? Messaging.MessageChannel.Sms;
            var values = new Dictionary<string, string> { ["date"] = format.Date(period.LastDay), ["summary"] = line };
            if (await proactive.QueueToAsync(owner, channel, null, Kind, MessagePurpose.Transactional,
                    $"{Kind}:{owner}:{period.LastDay:yyyy-MM-dd}", values, ct))
            {
                sent++;
            }
        }

        await Persist.SaveOrSkipDuplicateAsync(db, ct);
        return sent;
    }
}
