using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Campaigns;

/// <summary>Offers to a segment: drafted, counted, and sent only after the owner confirms.</summary>
public sealed class CampaignService(ICrmDbContext db, Segments segments, ProactiveMessages proactive, StoreClock clock)
{
    public const string Kind = "offer";

    public async Task<(Campaign Campaign, int Audience)> DraftAsync(string segment, string text, string owner, CancellationToken ct)
    {
        var campaign = new Campaign { Segment = segment, Text = text, CreatedBy = owner, CreatedAt = clock.UtcNow };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct); // the confirmation question carries its id
        var audience = (await segments.MembersAsync(segment, ct)).Count;
        return (campaign, audience);
    }

    /// <summary>
    /// The owner said YES. Membership is counted now for the reply; the campaign job puts the messages in the
    /// outbox, in batches, so a 10,000-customer offer never sits inside one conversation turn.
    /// </summary>
    public async Task<int> ConfirmAsync(Campaign campaign, CancellationToken ct)
    {
        var audience = (await segments.MembersAsync(campaign.Segment, ct)).Count;
        campaign.Status = CampaignStatus.Confirmed;
        campaign.ConfirmedAt = clock.UtcNow;
        campaign.RecipientCount = audience;
        return audience;
    }

    /// <summary>The campaign job: queues every confirmed campaign's offer, one idempotent message per customer.</summary>
    public async Task<int> QueueConfirmedAsync(CancellationToken ct)
    {
        var queued = 0;
        var confirmed = await db.Campaigns.Where(c => c.Status == CampaignStatus.Confirmed).OrderBy(c => c.Id).ToListAsync(ct);
        foreach (var campaign in confirmed)
        {
            var members = await segments.MembersAsync(campaign.Segment, ct);
            var complete = true;
            foreach (var batch in members.Chunk(200))
            {
                foreach (var customer in batch)
                {
                    if (await proactive.QueueAsync(customer, Kind, MessagePurpose.Marketing, $"{Kind}:{campaign.Id}:{customer.Id}",
                            new Dictionary<string, string> { ["offer"] = OfferText.ForTemplate(campaign.Text) }, ct))
                    {
                        queued++;
                    }
                }

                // A batch another instance raced us on is dropped here and picked up, key by key, next run.
                complete &= await Persist.SaveOrSkipDuplicateAsync(db, ct);
            }

            if (!complete)
            {
                continue;
            }

            var tracked = await db.Campaigns.SingleAsync(c => c.Id == campaign.Id, ct);
            tracked.Status = CampaignStatus.Queued;
            tracked.QueuedAt = clock.UtcNow;
            tracked.RecipientCount = members.Count;
            await db.SaveChangesAsync(ct);
        }

        return queued;
    }
}
