using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Campaigns;

/// <summary>Offers to a segment: drafted, counted, and sent only after the owner confirms.</summary>
public sealed class CampaignService(ICrmDbContext db, Segments segments, IOutboxFanOut fanOut, IOptions<StoreOptions> store, StoreClock clock)
{
    public const string Kind = "offer";

    public async Task<(Campaign Campaign, int Audience)> DraftAsync(string segment, string text, string owner, CancellationToken ct)
    {
        var campaign = new Campaign { Segment = segment, Text = text, CreatedBy = owner, CreatedAt = clock.UtcNow };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct); // the confirmation question carries its id
        var audience = await segments.CountAsync(segment, ct);
        return (campaign, audience);
    }

    /// <summary>
    /// The owner said YES. Membership is counted now for the reply; the campaign job puts the messages in the
    /// outbox, in batches, so a 10,000-customer offer never sits inside one conversation turn.
    /// </summary>
    public async Task<int> ConfirmAsync(Campaign campaign, CancellationToken ct)
    {
        var audience = await segments.CountAsync(campaign.Segment, ct);
        campaign.Status = CampaignStatus.Confirmed;
        campaign.ConfirmedAt = clock.UtcNow;
        campaign.RecipientCount = audience;
        return audience;
    }

    /// <summary>
    /// The campaign job: queues every confirmed campaign's offer, one idempotent message per member, in one set-based
    /// INSERT … SELECT. Each text is written when it is sent (with the customer's name), so nothing here grows with
    /// the audience, and a run that crashed halfway is finished by the next one without doubling anyone.
    /// </summary>
    public async Task<int> QueueConfirmedAsync(CancellationToken ct)
    {
        var queued = 0;
        var confirmed = await db.Campaigns.Where(c => c.Status == CampaignStatus.Confirmed).OrderBy(c => c.Id).ToListAsync(ct);
        foreach (var campaign in confirmed)
        {
            var prefix = $"{Kind}:{campaign.Id}:";
            var recipients = segments.Members(campaign.Segment).Select(c => new FanOutRecipient
            {
                CustomerId = c.Id,
                ToPhone = c.Phone,
                Channel = c.LastChannel ?? MessageChannel.Sms,
                IdempotencyKey = prefix + c.Id,
            });
            var values = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["offer"] = OfferText.ForTemplate(campaign.Text),
                ["store"] = store.Value.Name,
            });
            queued += await fanOut.QueueAsync(recipients, new FanOutMessage(Kind, MessagePurpose.Marketing, values, clock.UtcNow, campaign.Id), ct);

            campaign.Status = CampaignStatus.Queued;
            campaign.QueuedAt = clock.UtcNow;
            campaign.RecipientCount = await db.OutboundMessages.CountAsync(m => m.CampaignId == campaign.Id, ct);
            await db.SaveChangesAsync(ct);
        }

        return queued;
    }
}
