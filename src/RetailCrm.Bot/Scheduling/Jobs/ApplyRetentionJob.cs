using Quartz;
using RetailCrm.Bot.Core.Privacy;

namespace RetailCrm.Bot.Scheduling.Jobs;

[DisallowConcurrentExecution]
public sealed class ApplyRetentionJob(RetentionService retention) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await retention.ApplyAsync(cancellationToken);
}
