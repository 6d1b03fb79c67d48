using Quartz;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Messaging;

namespace RetailCrm.Bot.Scheduling.Jobs;

[DisallowConcurrentExecution]
public sealed class SendCampaignsJob(CampaignService campaigns, OutboxSignal outbox) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await campaigns.QueueConfirmedAsync(cancellationToken);
        outbox.Notify();
    }
}
