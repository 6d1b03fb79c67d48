using Quartz;
using RetailCrm.Bot.Core.CheckIns;
using RetailCrm.Bot.Core.Messaging;

namespace RetailCrm.Bot.Scheduling.Jobs;

[DisallowConcurrentExecution]
public sealed class SendCheckInsJob(CheckInService checkIns, OutboxSignal outbox) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await checkIns.QueueDueAsync(cancellationToken);
        outbox.Notify();
    }
}
