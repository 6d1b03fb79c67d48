namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// The high-precision rules: staff and owner commands, which carry a phone number, an amount or a quantity and
/// are read most-specific first ("complaint 98765 43210 zip broken" is a log entry, not a shopper complaining).
/// What no rule claims goes to the model. A rule is tried for any role, so the recognizer can tell staff "that one
/// is for owners" instead of pretending not to understand; it never hands out an intent above the role.
/// </summary>
internal static class IntentRules
{
    public static RuleMatch? Match(Utterance utterance, Role role)
    {
        switch (role)
        {
            case Role.Owner:
                return First(OwnerRules.All, utterance) ?? First(StaffRules.All, utterance);

            case Role.Staff:
                return First(StaffRules.All, utterance) ?? First(OwnerRules.All, utterance);

            default:
                // Shoppers' words are theirs to mean: "complaint 98765 43210 zip broken" is their own complaint. A
                // staff command a shopper types is read by the model, whose staff intents the role gate turns away.
                return First(ShopperRules.All, utterance);
        }
    }

    private static RuleMatch? First(IntentRule[] rules, Utterance utterance)
    {
        foreach (var rule in rules)
        {
            if (rule.Matches(utterance))
            {
                return new RuleMatch(rule.Intent);
            }
        }

        return null;
    }
}

/// <summary>The intent a rule read, before the role gate.</summary>
internal sealed record RuleMatch(string Intent);
