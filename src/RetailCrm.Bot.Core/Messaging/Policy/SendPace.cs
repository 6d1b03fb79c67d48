namespace RetailCrm.Bot.Core.Messaging.Policy;

/// <summary>
/// One row per channel: the first free send slot, shared by every instance. Each instance reserves a short block of
/// slots at a time, so together they hold the sender's rate rather than each sending at it.
/// </summary>
public sealed class SendPace
{
    public MessageChannel Channel { get; set; }

    /// <summary>UTC ticks of real (wall-clock) time: the first moment not yet reserved.</summary>
    public long NextSlotTicks { get; set; }
}

/// <summary>The shared slot ledger (an atomic upsert per provider).</summary>
public interface IPacingLedger
{
    /// <summary>Reserves <paramref name="count"/> consecutive slots, none before <paramref name="nowTicks"/>; returns the first.</summary>
    Task<long> ReserveAsync(MessageChannel channel, int count, long intervalTicks, long nowTicks, CancellationToken ct);
}
