using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Core.Staff;

/// <summary>
/// Tells the people who run the store (active staff and owners) something, on the channel each last wrote
/// on, or SMS for someone who never has. Sent as the team_alert template's text, so it can still reach them
/// outside WhatsApp's 24-hour window.
/// </summary>
public sealed class TeamNotifier(ICrmDbContext db, RoleResolver roles, ProactiveMessages proactive)
{
    public const string Kind = "team_alert";

    /// <summary>Queues <paramref name="text"/> for everyone in the team (but <paramref name="exceptPhone"/>); returns how many.</summary>
    public async Task<int> NotifyAsync(string text, string? exceptPhone, CancellationToken ct, string? idempotencyKey = null)
    {
        var sent = 0;
        foreach (var (phone, channel) in await RecipientsAsync(ct))
        {
            if (phone == exceptPhone)
            {
                continue;
            }

            var key = idempotencyKey is null ? null : $"{idempotencyKey}:{phone}";
            if (await proactive.QueueToAsync(phone, channel, null, Kind, MessagePurpose.Transactional, key,
                    new Dictionary<string, string> { ["text"] = text }, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>Active staff and owners, each with the channel they last wrote on (SMS if never).</summary>
    public async Task<List<(string Phone, MessageChannel Channel)>> RecipientsAsync(CancellationToken ct)
    {
        var staff = await db.Staff.Where(s => s.IsActive).Select(s => new { s.Phone, s.LastChannel }).ToListAsync(ct);
        var recipients = staff.Select(s => (s.Phone, s.LastChannel ?? MessageChannel.Sms)).ToList();
        foreach (var owner in roles.OwnerPhones.Where(o => recipients.All(r => r.Phone != o)))
        {
            recipients.Add((owner, await LastChannelAsync(owner, ct) ?? MessageChannel.Sms));
        }

        return recipients;
    }

    public Task<MessageChannel?> LastChannelAsync(string phone, CancellationToken ct) =>
        db.InboundMessages
            .Where(m => m.FromPhone == phone)
            .OrderByDescending(m => m.Id)
            .Select(m => (MessageChannel?)m.Channel)
            .FirstOrDefaultAsync(ct);
}
