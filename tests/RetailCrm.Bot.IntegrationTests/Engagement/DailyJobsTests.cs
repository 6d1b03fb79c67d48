using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Engagement;

/// <summary>The daily jobs: the owners' summary, staff follow-ups, and retention.</summary>
public abstract class DailyJobsTests(Db db) : EngagementTestBase(db)
{
    protected override Dictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Privacy:RetentionDays"] = "30";
            return settings;
        }
    }

    [Fact]
    public async Task Owners_get_the_days_summary_once_with_what_was_sent_unasked()
    {
        await Chat.AskAsync(Owner, "hi", MessageChannel.Sms);
        await Chat.AskAsync(StaffPhone, "Sold blue kurta to 9876543210 for Rs 1,299");

        await Jobs.RunAsync(App, EngagementJobs.SendDailySummary);
        await Jobs.RunAsync(App, EngagementJobs.SendDailySummary);

        var summary = Assert.Single(await Eventually.ValueAsync(
            () => Task.FromResult(Chat.SentTo(Owner).Where(s => s.Body.StartsWith("Good evening!", StringComparison.Ordinal)).ToList()),
            s => s.Count > 0, null, "the summary"));
        Assert.Contains("Sales 1 (₹1,299)", summary.Body, StringComparison.Ordinal);
        Assert.Contains("messages sent unasked", summary.Body, StringComparison.Ordinal);
        await Chat.WaitUntilSentAsync(); // both runs are over: anything they queued has gone out
        Assert.Single(Chat.SentTo(Owner), s => s.Body.StartsWith("Good evening!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Staff_get_their_due_follow_ups_in_the_morning()
    {
        await Chat.AskAsync(StaffPhone, "inquiry 98765 43210 blue kurta M follow up tomorrow");
        await Chat.AskAsync(Owner, "inquiry 98123 45678 red saree follow up tomorrow", MessageChannel.Sms);
        Clock.Advance(TimeSpan.FromDays(1));

        await Jobs.RunAsync(App, EngagementJobs.SendFollowUps);

        var staffList = await Eventually.ValueAsync(
            () => Task.FromResult(Chat.SentTo(StaffPhone).Where(s => s.Body.Contains("Follow-ups due today", StringComparison.Ordinal)).ToList()),
            s => s.Count > 0, null, "the staff member's follow-ups");
        Assert.Contains("+91 98765 43210", staffList[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("98123", staffList[0].Body, StringComparison.Ordinal);
        var ownerList = await Eventually.ValueAsync(
            () => Task.FromResult(Chat.SentTo(Owner).Where(s => s.Body.Contains("Follow-ups due today", StringComparison.Ordinal)).ToList()),
            s => s.Count > 0, null, "the owner's follow-ups");
        Assert.Contains("+91 98123 45678", ownerList[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_deletes_old_messages_and_anonymizes_lapsed_customers_but_keeps_the_sales()
    {
        await Chat.AskAsync("+919811111111", "hi, do you have red saree?", MessageChannel.Sms);
        await Chat.AskAsync(StaffPhone, "sale 9811111111 4500 silk saree");
        await Chat.AskAsync(StaffPhone, "note 9811111111 likes silk");
        Clock.Advance(TimeSpan.FromDays(31));
        await Chat.AskAsync(Priya, "hi", MessageChannel.Sms); // active, kept

        await Jobs.RunAsync(App, EngagementJobs.ApplyRetention);

        await Eventually.TrueAsync(() => App.QueryAsync(d => d.Customers.AnyAsync(c => c.Phone.StartsWith("erased-"))), "the lapsed customer to be anonymized");
        var erased = await App.QueryAsync(d => d.Customers.AsNoTracking().SingleAsync(c => c.Phone.StartsWith("erased-")));
        Assert.Null(erased.Name);
        Assert.NotNull(erased.OptedOutAt);
        Assert.False(await App.QueryAsync(d => d.InboundMessages.AnyAsync(m => m.FromPhone == "+919811111111")));
        Assert.False(await App.QueryAsync(d => d.CustomerNotes.AnyAsync()));
        Assert.Equal(4500m, await App.QueryAsync(d => d.Purchases.Where(p => p.CustomerId == erased.Id).Select(p => p.Amount).SingleAsync()));
        Assert.True(await App.QueryAsync(d => d.Customers.AnyAsync(c => c.Phone == Priya)));
        Assert.True(await App.QueryAsync(d => d.InboundMessages.AnyAsync(m => m.FromPhone == Priya)));
    }
}

public sealed class SqliteDailyJobsTests() : DailyJobsTests(Db.Sqlite);

public sealed class PostgresDailyJobsTests() : DailyJobsTests(Db.Postgres);
