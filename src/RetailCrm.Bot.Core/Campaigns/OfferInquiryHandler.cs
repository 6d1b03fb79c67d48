using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Campaigns;

/// <summary>
/// "any discount?", "sale chal rahi hai?", "कोई ऑफर है?": the offer this shopper was sent and can still use, or, when
/// there is none, an invitation to hear about the next one (which only a shopper who asks for offers gets).
/// </summary>
public sealed class OfferInquiryHandler(ICrmDbContext db, IOptions<EngagementOptions> engagement, StoreClock clock)
    : IIntentHandler<OfferInquiryHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.OfferInquiry, Role.Shopper)
    {
        Slots = [SlotRequirement.Optional(SlotTypes.Product)],
        ShopperOnly = true,
        HelpOrder = 4,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var customer = turn.Sender.Customer!;
        if (await CurrentOfferAsync(customer.Id, ct) is { } offer)
        {
            turn.Say("offer_inquiry.current", ("offer", offer));
            return;
        }

        turn.Say(customer is { MarketingConsentAt: not null, OptedOutAt: null } ? "offer_inquiry.none_subscribed" : "offer_inquiry.none_invite");
    }

    /// <summary>The newest offer sent to this customer within the offer cooldown (an owner's campaign or a win-back offer).</summary>
    private async Task<string?> CurrentOfferAsync(int customerId, CancellationToken ct)
    {
        if (customerId == 0)
        {
            return null;
        }

        var since = clock.UtcNow - engagement.Value.OfferCooldown;
        var latest = await db.OutboundMessages.AsNoTracking()
            .Where(m => m.CustomerId == customerId && (m.Kind == CampaignService.Kind || m.Kind == ReEngagementService.Kind)
                        && m.CreatedAt >= since && m.Status != OutboundStatus.Skipped && m.Status != OutboundStatus.Failed)
            .OrderByDescending(m => m.CreatedAt)
            .Select(m => new { m.Kind, m.CampaignId })
            .FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return null;
        }

        if (latest.Kind == ReEngagementService.Kind)
        {
            return engagement.Value.ReEngagementOffer;
        }

        return await db.Campaigns.AsNoTracking().Where(c => c.Id == latest.CampaignId).Select(c => c.Text).FirstOrDefaultAsync(ct);
    }
}
