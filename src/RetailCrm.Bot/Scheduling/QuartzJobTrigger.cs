using Quartz;
using RetailCrm.Bot.Core.Engagement;

namespace RetailCrm.Bot.Scheduling;

/// <summary>Runs a scheduled job now, through Quartz, so clustering still keeps it to one instance.</summary>
public sealed class QuartzJobTrigger(ISchedulerFactory schedulers) : IJobTrigger
{
    public async Task TriggerAsync(string job, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(new JobKey(job), ct);
    }
}
