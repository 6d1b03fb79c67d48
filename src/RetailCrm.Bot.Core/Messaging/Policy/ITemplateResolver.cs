namespace RetailCrm.Bot.Core.Messaging.Policy;

/// <summary>Finds the approved WhatsApp template for a kind of message, for use outside the 24-hour window.</summary>
public interface ITemplateResolver
{
    /// <summary>bot-manifests has a template for this kind.</summary>
    bool IsKnown(string kind);

    /// <summary>
    /// The template's ContentSid (configured per Twilio account) and its variables filled from the message's
    /// named values; false when there is no approved template or a value is missing.
    /// </summary>
    bool TryResolve(string kind, string? templateValues, out string contentSid, out string contentVariables);
}
