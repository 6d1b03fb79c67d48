using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Inquiries;

namespace RetailCrm.Bot.Core.StockAlerts;

/// <summary>
/// Stock of a variant came in, however the store said so (a staff "arrived" message, the integration API): everyone
/// waiting for it is alerted, and open inquiries about it are nudged, through the outbox. One path, so a shopper hears
/// the same way whichever way the shelf was filled.
/// </summary>
public sealed class StockArrivalAlerts(StockAlertService alerts, InquiryNudges nudges)
{
    /// <summary>Queues the alerts and nudges in the caller's unit of work; returns how many of each were queued.</summary>
    public async Task<ArrivalAnnounced> AnnounceAsync(Product product, ProductVariant variant, CancellationToken ct)
    {
        var alerted = await alerts.NotifyWaitingAsync(product, variant, ct);
        var nudged = await nudges.NudgeAsync(product, variant, ct);
        return new ArrivalAnnounced(alerted, nudged);
    }
}

/// <summary>How many waiting shoppers were alerted, and how many open inquiries nudged, for one arrival.</summary>
public readonly record struct ArrivalAnnounced(int Alerted, int Nudged);
