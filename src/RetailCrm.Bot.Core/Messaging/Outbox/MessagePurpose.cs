namespace RetailCrm.Bot.Core.Messaging.Outbox;

/// <summary>Why a message is sent, which decides the consent it needs.</summary>
public enum MessagePurpose
{
    /// <summary>An answer to something the person just wrote.</summary>
    Reply,

    /// <summary>Something the person asked for or that concerns their purchase (alerts, check-ins).</summary>
    Transactional,

    /// <summary>Offers and re-engagement: needs marketing consent.</summary>
    Marketing,
}
