using Quartz;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Scheduling.Jobs;

namespace RetailCrm.Bot.Scheduling;

/// <summary>
/// Every job, its default schedule (Quartz cron, seconds first, in store time) and the key that overrides it:
/// <c>Jobs:&lt;JobName&gt;:Cron</c>. The daily ones follow Engagement:FollowUpsAt and Engagement:DailySummaryAt.
/// </summary>
public sealed record JobSchedule(string Name, Type Type, string Cron, string Purpose)
{
    public static IReadOnlyList<JobSchedule> All(IConfiguration configuration, EngagementOptions engagement)
    {
        var defaults = new[]
        {
            new JobSchedule(EngagementJobs.SendStockAlerts, typeof(SendStockAlertsJob), "0 0/5 * * * ?", "stock alerts and inquiry nudges missed at arrival"),
            new JobSchedule(EngagementJobs.SendCheckIns, typeof(SendCheckInsJob), "0 0/15 * * * ?", "post-purchase check-ins that are due"),
            new JobSchedule(EngagementJobs.SendCampaigns, typeof(SendCampaignsJob), "0 * * * * ?", "confirmed offers (also run at once on YES)"),
            new JobSchedule(EngagementJobs.SendFollowUps, typeof(SendFollowUpsJob), Daily(engagement.FollowUpsAt), "each staff member's due follow-ups"),
            new JobSchedule(EngagementJobs.SendReEngagementOffers, typeof(SendReEngagementOffersJob), "0 0 11 * * ?", "offers to customers gone quiet"),
            new JobSchedule(EngagementJobs.SendDailySummary, typeof(SendDailySummaryJob), Daily(engagement.DailySummaryAt), "the owners' summary"),
            new JobSchedule(EngagementJobs.ApplyRetention, typeof(ApplyRetentionJob), "0 0 3 * * ?", "deletes and anonymizes what is past Privacy:RetentionDays"),
        };

        return defaults.Select(job =>
        {
            var cron = configuration[$"Jobs:{job.Name}:Cron"] is { Length: > 0 } configured ? configured : job.Cron;
            if (!CronExpression.TryParse(cron, out _))
            {
                throw new InvalidOperationException($"Jobs:{job.Name}:Cron '{cron}' is not a Quartz cron expression (seconds minutes hours day month weekday).");
            }

            return job with { Cron = cron };
        }).ToList();
    }

    private static string Daily(TimeOnly at) => $"0 {at.Minute} {at.Hour} * * ?";
}
