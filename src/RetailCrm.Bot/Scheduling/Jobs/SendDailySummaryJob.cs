using Quartz;
using RetailCrm.Bot.Core.Insights;
using RetailCrm.Bot.Core.Messaging;

namespace RetailCrm.Bot.Scheduling.Jobs;

[DisallowConcurrentExecution]
public sealed class SendDailySummaryJob(DailySummarySender summaries, OutboxSignal outbox) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await summaries.SendAsync(cancellationToken);
        outbox.Notify();
    }
}
