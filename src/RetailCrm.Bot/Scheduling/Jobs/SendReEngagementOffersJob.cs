using Quartz;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Messaging;

namespace RetailCrm.Bot.Scheduling.Jobs;

[DisallowConcurrentExecution]
public sealed class SendReEngagementOffersJob(ReEngagementService offers, OutboxSignal outbox) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await offers.QueueAsync(cancellationToken);
        outbox.Notify();
    }
}
