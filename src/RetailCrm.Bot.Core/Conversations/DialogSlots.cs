namespace RetailCrm.Bot.Core.Conversations;

/// <summary>Slots the dialog adds itself, beyond what the recognizer fills.</summary>
public static class DialogSlots
{
    /// <summary>The answer to "Reply YES to send": yes, no, or unclear.</summary>
    public const string Confirm = "confirm";

    public const string CampaignId = "campaign_id";

    public const string Yes = "yes";
    public const string No = "no";
    public const string Unclear = "unclear";
}
