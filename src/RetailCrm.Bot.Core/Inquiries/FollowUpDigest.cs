using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Inquiries;

/// <summary>
/// The morning list: each staff member gets the follow-ups they logged that are due; owners get the ones no
/// staff member owns (their own and the shoppers' chat inquiries). Once a day each, however often it runs.
/// </summary>
public sealed class FollowUpDigest(ICrmDbContext db, InquiryService inquiries, TeamNotifier team, ProactiveMessages proactive, StoreClock clock)
{
    public const string Kind = "followup_digest";

    public async Task<int> SendAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.LocalNow);
        var staffIds = await db.Staff.Where(s => s.IsActive).ToDictionaryAsync(s => s.Phone, s => (int?)s.Id, ct);
        var sent = 0;
        foreach (var (phone, channel) in await team.RecipientsAsync(ct))
        {
            var due = await inquiries.DueAsync(today, staffIds.GetValueOrDefault(phone), ct);
            if (staffIds.ContainsKey(phone) is false)
            {
                due = due.Where(i => i.StaffMemberId == null).ToList();
            }

            if (due.Count == 0)
            {
                continue;
            }

            var list = string.Join("; ", due.Select(i => $"{CustomerNames.Who(i.Customer!)}: {InquiryService.FollowUpText(i)}"));
            var text = $"Follow-ups due today ({due.Count}): {list}";
            if (await proactive.QueueToAsync(phone, channel, null, TeamNotifier.Kind, MessagePurpose.Transactional,
                    $"{Kind}:{phone}:{today:yyyy-MM-dd}", new Dictionary<string, string> { ["text"] = text }, ct))
            {
                sent++;
            }
        }

        await Persist.SaveOrSkipDuplicateAsync(db, ct);
        return sent;
    }
}
