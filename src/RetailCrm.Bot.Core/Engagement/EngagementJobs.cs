namespace RetailCrm.Bot.Core.Engagement;

/// <summary>The scheduled jobs by name (Quartz job keys, and the <c>Jobs:&lt;name&gt;:Cron</c> configuration keys).</summary>
public static class EngagementJobs
{
    public const string SendStockAlerts = "SendStockAlertsJob";
    public const string SendFollowUps = "SendFollowUpsJob";
    public const string SendCheckIns = "SendCheckInsJob";
    public const string SendReEngagementOffers = "SendReEngagementOffersJob";
    public const string SendCampaigns = "SendCampaignsJob";
    public const string SendDailySummary = "SendDailySummaryJob";
    public const string ApplyRetention = "ApplyRetentionJob";
}

/// <summary>Runs a scheduled job now (after the owner confirms a campaign, say), instead of at its next tick.</summary>
public interface IJobTrigger
{
    Task TriggerAsync(string job, CancellationToken ct);
}

/// <summary>Without a scheduler (the understand command, unit tests) nothing is triggered; the schedule still runs it.</summary>
public sealed class NoJobTrigger : IJobTrigger
{
    public Task TriggerAsync(string job, CancellationToken ct) => Task.CompletedTask;
}
