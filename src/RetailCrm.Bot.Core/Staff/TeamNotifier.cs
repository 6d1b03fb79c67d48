using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Core.Staff;

/// <summary>
/// Tells the people who run the store (active staff and owners) that a shopper needs them, on the channel
/// each last wrote on, or SMS for someone who never has.
/// </summary>
public sealed class TeamNotifier(ICrmDbContext db, RoleResolver roles, Outbox outbox)
{
    public async Task<int> NotifyAsync(string text, string kind, string? exceptPhone, CancellationToken ct)
    {
        var staff = await db.Staff.Where(s => s.IsActive).Select(s => new { s.Phone, s.LastChannel }).ToListAsync(ct);
        var recipients = staff.Select(s => (s.Phone, s.LastChannel)).ToList();
        foreach (var owner in roles.OwnerPhones.Where(o => recipients.All(r => r.Phone != o)))
        {
            var lastChannel = await db.InboundMessages
                .Where(m => m.FromPhone == owner)
                .OrderByDescending(m => m.Id)
                .Select(m => (MessageChannel?)m.Channel)
                .FirstOrDefaultAsync(ct);
            recipients.Add((owner, lastChannel));
        }

        var sent = 0;
        foreach (var (phone, channel) in recipients.Where(r => r.Phone != exceptPhone))
        {
            outbox.Queue(phone, channel ?? MessageChannel.Sms, text, kind, MessagePurpose.Transactional);
            sent++;
        }

        return sent;
    }
}
