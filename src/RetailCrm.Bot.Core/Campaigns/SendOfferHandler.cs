using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;

namespace RetailCrm.Bot.Core.Campaigns;

/// <summary>
/// "offer vip 10% off on new arrivals": the owner sees who will get what and must reply YES before anything
/// goes out; anything else leaves the draft unsent.
/// </summary>
public sealed class SendOfferHandler(CampaignService campaigns, ICrmDbContext db, Engagement.IJobTrigger jobs) : IIntentHandler<SendOfferHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.SendOffer, Role.Owner)
    {
        Slots = [SlotRequirement.Required(SlotTypes.Segment), SlotRequirement.Required(SlotTypes.Text)],
        HelpOrder = 3,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        if (recognition.Slot(DialogSlots.Confirm) is { } answer)
        {
            await ConfirmAsync(turn, recognition, answer, ct);
            return;
        }

        var segment = Segments.Normalize(recognition.Get(SlotTypes.Segment))!;
        var text = recognition.Get(SlotTypes.Text)!.Trim();

        var (campaign, audience) = await campaigns.DraftAsync(segment, text, turn.Sender.Phone, ct);
        if (audience == 0)
        {
            campaign.Status = CampaignStatus.Cancelled;
            turn.Reply($"No {Describe(segment)}customers can get offers right now (opted-out customers are never included), so nothing was sent.");
            return;
        }

        var slots = With(recognition.Slots, DialogSlots.CampaignId, campaign.Id.ToString(CultureInfo.InvariantCulture));
        turn.Ask(new Recognition(Definition.Name, slots), DialogSlots.Confirm,
            $"{audience} {Describe(segment)}customer{(audience == 1 ? "" : "s")} will get: \"{text}\". Reply YES to send or NO to cancel.");
    }

    private async Task ConfirmAsync(TurnContext turn, Recognition recognition, string answer, CancellationToken ct)
    {
        var id = int.TryParse(recognition.Slot(DialogSlots.CampaignId), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var campaign = await db.Campaigns.SingleOrDefaultAsync(
            c => c.Id == id && c.CreatedBy == turn.Sender.Phone && c.Status == CampaignStatus.AwaitingConfirmation, ct);
        if (campaign is null)
        {
            turn.Reply("That offer is no longer waiting for confirmation. Send it again with: offer <segment> <text>");
            return;
        }

        switch (answer)
        {
            case DialogSlots.Yes:
                var sent = await campaigns.ConfirmAsync(campaign, ct);
                turn.AfterCommit.Add(token => jobs.TriggerAsync(Engagement.EngagementJobs.SendCampaigns, token));
                turn.Reply($"Sending the offer to {sent} customer{(sent == 1 ? "" : "s")} now.");
                break;
            case DialogSlots.No:
                campaign.Status = CampaignStatus.Cancelled;
                turn.Reply("Cancelled. Nothing was sent.");
                break;
            default:
                turn.Ask(recognition, DialogSlots.Confirm, "Please reply YES to send the offer, or NO to cancel it.");
                break;
        }
    }

    /// <summary>The segment as an adjective with its trailing space ("VIP "), or nothing for everyone.</summary>
    private static string Describe(string segment) => segment switch
    {
        "vip" => "VIP ",
        "all" => "",
        _ => segment.Replace('_', '-') + " ",
    };

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> slots, string name, string value) =>
        new(slots, StringComparer.Ordinal) { [name] = value };
}
