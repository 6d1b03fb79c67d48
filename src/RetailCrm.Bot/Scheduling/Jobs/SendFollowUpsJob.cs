using Quartz;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Messaging;

namespace RetailCrm.Bot.Scheduling.Jobs;

[DisallowConcurrentExecution]
public sealed class SendFollowUpsJob(FollowUpDigest digest, OutboxSignal outbox) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await digest.SendAsync(cancellationToken);
        outbox.Notify();
    }
}
