namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// The rules in the order they are tried: owner commands, staff commands, then shopper phrasing. Commands
/// go first because they are the most specific ("complaint 98765 43210 zip broken" is a log entry, not a
/// shopper complaining). A rule the sender's role may not use is skipped rather than answered, so the
/// message falls through to the best intent that role does have, or to unknown.
/// </summary>
internal static class IntentRules
{
    private static readonly IntentRule[] Ordered = [.. OwnerRules.All, .. StaffRules.All, .. ShopperRules.All];

    public static string Match(Utterance utterance, Role role)
    {
        foreach (var rule in Ordered)
        {
            if (IntentCatalog.IsAllowed(rule.Intent, role) && rule.Matches(utterance))
            {
                return rule.Intent;
            }
        }

        return Intents.Unknown;
    }
}
