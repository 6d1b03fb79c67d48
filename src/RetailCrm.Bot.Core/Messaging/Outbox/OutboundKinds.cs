namespace RetailCrm.Bot.Core.Messaging.Outbox;

/// <summary>The kinds of outbound message; reports group by these names.</summary>
public static class OutboundKinds
{
    public const string Reply = "reply";
    public const string ConsentConfirmation = "consent_confirmation";
}
