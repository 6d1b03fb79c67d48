namespace RetailCrm.Bot.Core.Campaigns;

/// <summary>An owner's offer as it sits inside a template sentence.</summary>
public static class OfferText
{
    /// <summary>
    /// Without its closing punctuation: the templates go on with ". Reply STOP to opt out." and "counter.. Reply"
    /// reads like a typo to the customer.
    /// </summary>
    public static string ForTemplate(string offer) => offer.Trim().TrimEnd('.', '!', ' ');
}
