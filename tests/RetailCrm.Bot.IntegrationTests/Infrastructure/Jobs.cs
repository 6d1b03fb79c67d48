using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>Runs the app's Quartz jobs now, as a misfire, a re-run or a second instance would.</summary>
public static class Jobs
{
    public static async Task TriggerAsync(BotApp app, string job)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new JobKey(job));
    }
}
