using Quartz;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Store;
using RetailCrm.Bot.Database;

namespace RetailCrm.Bot.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>
    /// Quartz on the CRM's own database: jobs and triggers survive restarts; on server databases the
    /// schedulers form a cluster, so several instances never run one job twice. Quartz creates its own tables.
    /// </summary>
    public static WebApplicationBuilder AddScheduling(this WebApplicationBuilder builder)
    {
        var (provider, connectionString) = DatabaseExtensions.ResolveConnection(builder);
        var engagement = builder.Configuration.GetSection(EngagementOptions.SectionName).Get<EngagementOptions>() ?? new EngagementOptions();
        var store = builder.Configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        // An invalid zone fails start-up through the Store options validation; until then, fall back quietly.
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(store.TimeZone, out var storeZone) ? storeZone : TimeZoneInfo.Utc;
        var jobs = JobSchedule.All(builder.Configuration, engagement);

        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "RetailCrm";
                scheduler.InstanceId = "AUTO";
            });
            // Seven jobs, none long: a small pool keeps the scheduler's share of database connections small.
            quartz.UseDefaultThreadPool(4);
            quartz.UsePersistentStore(persistence =>
            {
                switch (provider)
                {
                    case DatabaseProvider.Sqlite:
                        persistence.UseSqlite(connectionString);
                        break;
                    case DatabaseProvider.SqlServer:
                        persistence.UseSqlServer(connectionString);
                        persistence.UseClustering(_ => { });
                        break;
                    default:
                        persistence.UsePostgres(connectionString);
                        persistence.UseClustering(_ => { });
                        break;
                }

                persistence.ProvisionSchema();
            });

            foreach (var job in jobs)
            {
                quartz.AddJob(job.Type, j => j.WithIdentity(job.Name).WithDescription(job.Purpose));
                quartz.AddTrigger(t => t
                    .ForJob(job.Name)
                    .WithIdentity(job.Name + "Trigger")
                    .WithCronSchedule(job.Cron, cron => cron.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            }
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        builder.Services.AddSingleton<IJobTrigger, QuartzJobTrigger>();
        return builder;
    }
}
