namespace RetailCrm.Bot.Core.Messaging.Inbox;

/// <summary>
/// Where an inbound message is. Stored as its name, so a new member needs no migration; the processor claims only
/// <see cref="Pending"/> (and <see cref="Processing"/> whose lease ran out), so the last two are never answered.
/// </summary>
public enum InboxStatus
{
    Pending,
    Processing,
    Processed,
    Failed,

    /// <summary>
    /// The sender is not a phone number (<c>messenger:</c>, <c>rcs:</c>, an e-mail-like or alphanumeric address):
    /// kept for the record, never answered and never taken for the customer whose digits it may contain.
    /// </summary>
    NotFromAPhone,

    /// <summary>Over the per-sender limit: kept for the record, not answered (consent keywords are always answered).</summary>
    Throttled,
}
