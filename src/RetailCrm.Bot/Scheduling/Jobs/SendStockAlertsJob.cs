using Quartz;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.StockAlerts;

namespace RetailCrm.Bot.Scheduling.Jobs;

/// <summary>The sweep behind stock alerts (the alert itself goes out the moment staff log the arrival).</summary>
[DisallowConcurrentExecution]
public sealed class SendStockAlertsJob(StockAlertService alerts, InquiryNudges nudges, Core.Data.ICrmDbContext db, OutboxSignal outbox) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await alerts.SweepAsync(cancellationToken);
        await nudges.SweepAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Notify();
    }
}
