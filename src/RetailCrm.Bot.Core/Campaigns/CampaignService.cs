using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Campaigns;

/// <summary>Offers to a segment: drafted, counted, and sent only after the owner confirms.</summary>
public sealed class CampaignService(ICrmDbContext db, Segments segments, Outbox outbox, StoreClock clock)
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
    /// Queues the offer for everyone in the segment now (membership is taken at confirmation). Each message
    /// has an idempotency key per campaign and customer, so confirming twice sends nothing twice.
    /// </summary>
    public async Task<int> ConfirmAsync(Campaign campaign, CancellationToken ct)
    {
        var members = await segments.MembersAsync(campaign.Segment, ct);
        foreach (var customer in members)
        {
            var greeting = string.IsNullOrWhiteSpace(customer.DisplayName) ? "Hi!" : $"Hi {customer.DisplayName}!";
            outbox.Queue(
                customer.Phone,
                customer.LastChannel ?? Messaging.MessageChannel.Sms,
                $"{greeting} {campaign.Text} Reply STOP to opt out.",
                Kind,
                MessagePurpose.Marketing,
                customer,
                idempotencyKey: $"{Kind}:{campaign.Id}:{customer.Id}");
        }

        campaign.Status = CampaignStatus.Confirmed;
        campaign.ConfirmedAt = clock.UtcNow;
        campaign.RecipientCount = members.Count;
        return members.Count;
    }
}
