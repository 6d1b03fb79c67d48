using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>Runs the app's Quartz jobs now, as a misfire, a re-run or a second instance would.</summary>
public static class Jobs
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Fires <paramref name="job"/> on <paramref name="app"/> and returns once it has run, so what a test checks
    /// next follows the run rather than a guess at how long it takes. Instances that share the app's clustered
    /// job store (<paramref name="cluster"/>) may be the one that runs it.
    /// </summary>
    public static async Task RunAsync(BotApp app, string job, params BotApp[] cluster)
    {
        // The run is told apart by its data, not by a trigger built here: the scheduler keeps the app's clock
        // (a test's fake one), so a start time taken from the machine's clock could lie days in its future.
        var run = Guid.NewGuid().ToString("N");
        var listener = new RunListener(run);
        var schedulers = new List<IScheduler>();
        foreach (var instance in cluster.Prepend(app))
        {
            var scheduler = await instance.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            scheduler.ListenerManager.AddJobListener(listener); // every job: it looks for its own trigger
            schedulers.Add(scheduler);
        }

        try
        {
            await schedulers[0].TriggerJob(new JobKey(job), new JobDataMap { [RunListener.RunKey] = run });
            await listener.Ran.WaitAsync(Patience);
        }
        finally
        {
            foreach (var scheduler in schedulers)
            {
                scheduler.ListenerManager.RemoveJobListener(listener.Name);
            }
        }
    }

    private sealed class RunListener(string run) : IJobListener
    {
        public const string RunKey = "test-run";

        private readonly TaskCompletionSource _ran = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name { get; } = "test-" + run;

        public Task Ran => _ran.Task;

        ValueTask IJobListener.JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken)
        {
            if (context.Trigger.JobDataMap.TryGetString(RunKey, out var id) && id == run)
            {
                if (jobException is null)
                {
                    _ran.TrySetResult();
                }
                else
                {
                    _ran.TrySetException(jobException);
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
