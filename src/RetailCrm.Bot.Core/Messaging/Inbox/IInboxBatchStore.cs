namespace RetailCrm.Bot.Core.Messaging.Inbox;

/// <summary>
/// Inserts a batch of inbound messages in one transaction, skipping every one whose <see cref="InboundMessage.MessageSid"/>
/// is already stored, without reading first: the unique index decides (each provider's "insert, or do nothing on that
/// conflict" lives in Persistence). The caller passes each SID once.
/// </summary>
public interface IInboxBatchStore
{
    /// <summary>
    /// Stores the messages that are new, sets their <see cref="InboundMessage.Id"/>, and returns their SIDs. Returns
    /// only after the transaction has committed; throws when it did not.
    /// </summary>
    Task<IReadOnlySet<string>> InsertNewAsync(IReadOnlyList<InboundMessage> messages, CancellationToken ct);
}
