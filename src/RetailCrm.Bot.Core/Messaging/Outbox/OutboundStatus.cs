namespace RetailCrm.Bot.Core.Messaging.Outbox;

/// <summary>
/// Where an outbound message is. The first two are ours; the rest mirror Twilio's message statuses.
/// </summary>
public enum OutboundStatus
{
    /// <summary>In the outbox, waiting for its due time or for a retry.</summary>
    Pending,

    /// <summary>Claimed by a dispatcher that is talking to the provider now.</summary>
    Dispatching,

    Queued,
    Sending,
    Sent,
    Delivered,
    Read,
    Undelivered,
    Failed,
    Canceled,

    /// <summary>Never sent: the sending policy said no (opted out, no consent, no template). See SkipReason.</summary>
    Skipped,
}

public static class OutboundStatusRules
{
    /// <summary>
    /// Status callbacks arrive out of order: a status may only replace one of lower rank, and a failure
    /// is final. "delivered" after "read" is therefore ignored.
    /// </summary>
    public static bool CanMoveTo(this OutboundStatus current, OutboundStatus next)
    {
        if (current.IsFinal() || current == next)
        {
            return false;
        }

        return next.IsFailure() || Rank(next) > Rank(current);
    }

    public static bool IsFinal(this OutboundStatus status) =>
        status is OutboundStatus.Read or OutboundStatus.Undelivered or OutboundStatus.Failed or OutboundStatus.Canceled or OutboundStatus.Skipped;

    public static bool IsFailure(this OutboundStatus status) =>
        status is OutboundStatus.Undelivered or OutboundStatus.Failed or OutboundStatus.Canceled or OutboundStatus.Skipped;

    private static int Rank(OutboundStatus status) => status switch
    {
        OutboundStatus.Pending => 0,
        OutboundStatus.Dispatching => 1,
        OutboundStatus.Queued => 2,
        OutboundStatus.Sending => 3,
        OutboundStatus.Sent => 4,
        OutboundStatus.Delivered => 5,
        OutboundStatus.Read => 6,
        _ => 7,
    };
}
