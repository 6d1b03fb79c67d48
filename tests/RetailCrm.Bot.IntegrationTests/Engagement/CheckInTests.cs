using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Engagement;

/// <summary>A post-purchase check-in goes out after the configured delay, and only once, however often the job runs.</summary>
public abstract class CheckInTests(Db db) : EngagementTestBase(db)
{
    [Fact]
    public async Task A_check_in_goes_out_after_the_delay_once_even_when_the_job_runs_twice_on_two_schedulers()
    {
        await Chat.AskAsync(Priya, "hi", MessageChannel.Sms);
        Assert.Contains("Sale logged", await Chat.AskAsync(StaffPhone, "Sold blue kurta to 9876543210 for Rs 1,299"), StringComparison.Ordinal);

        // Not due yet: the job finds nothing.
        await Jobs.RunAsync(App, EngagementJobs.SendCheckIns);
        Assert.Equal(0, await App.QueryAsync(d => d.OutboundMessages.CountAsync(m => m.Kind == "checkin")));

        // Three days on, a second instance shares the database; both run the job, twice each.
        Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        var secondClock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Clock.GetUtcNow());
        var second = await StartAppAsync(App.ConnectionString, secondClock);
        await Task.WhenAll(
            Jobs.RunAsync(App, EngagementJobs.SendCheckIns, second),
            Jobs.RunAsync(second, EngagementJobs.SendCheckIns, App),
            Jobs.RunAsync(App, EngagementJobs.SendCheckIns, second),
            Jobs.RunAsync(second, EngagementJobs.SendCheckIns, App));

        var checkIn = Assert.Single(await Eventually.ValueAsync(
            () => Task.FromResult(Chat.SentTo(Priya).Where(s => s.Body.Contains("How are you finding it", StringComparison.Ordinal)).ToList()),
            s => s.Count > 0, null, "the check-in"));
        Assert.Contains("thank you for buying the blue kurta from Kapoor Fashions", checkIn.Body, StringComparison.Ordinal);
        Assert.Equal(Priya, checkIn.To); // she wrote by SMS, so SMS

        await Chat.WaitUntilSentAsync(); // all four runs are over: anything they queued has gone out
        Assert.Single(Chat.SentTo(Priya), s => s.Body.Contains("How are you finding it", StringComparison.Ordinal));
        Assert.Equal(1, await App.QueryAsync(d => d.OutboundMessages.CountAsync(m => m.Kind == "checkin")));
    }

    [Fact]
    public async Task The_1_to_5_answer_is_stored_as_feedback_and_a_2_opens_a_complaint()
    {
        await Chat.AskAsync(Priya, "hi", MessageChannel.Sms);
        await Chat.AskAsync(StaffPhone, "Sold blue kurta to 9876543210 for Rs 1,299");
        Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await Jobs.RunAsync(App, EngagementJobs.SendCheckIns);
        await Eventually.TrueAsync(() => Task.FromResult(Chat.SentTo(Priya).Any(s => s.Body.Contains("How are you finding it", StringComparison.Ordinal))), "the check-in");

        var reply = await Chat.AskAsync(Priya, "2", MessageChannel.Sms);

        Assert.Contains("sorry we let you down", reply, StringComparison.OrdinalIgnoreCase);
        var feedback = await App.QueryAsync(d => d.Feedback.AsNoTracking().SingleAsync());
        Assert.Equal(2, feedback.Rating);
        Assert.NotNull(feedback.PurchaseId);
        Assert.Equal(1, await App.QueryAsync(d => d.Complaints.CountAsync()));
        await Chat.WaitUntilSentAsync();
        Assert.Contains(Chat.SentTo(StaffPhone), s => s.Body.Contains("rated us 2/5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_customer_who_said_stop_gets_no_check_in_and_the_reason_is_recorded()
    {
        await Chat.AskAsync(Priya, "hi", MessageChannel.Sms);
        await Chat.AskAsync(StaffPhone, "Sold blue kurta to 9876543210 for Rs 1,299");
        await Chat.AskAsync(Priya, "STOP", MessageChannel.Sms);
        var sentBefore = Chat.SentTo(Priya).Count;

        Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await Jobs.RunAsync(App, EngagementJobs.SendCheckIns);

        var checkIn = await Eventually.ValueAsync(
            () => App.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Kind == "checkin")),
            m => m?.Status == OutboundStatus.Skipped, null, "the check-in to be skipped");
        Assert.Equal("opted_out", checkIn!.SkipReason);
        Assert.Equal(sentBefore, Chat.SentTo(Priya).Count);
        Assert.Contains("not sent (opted out 1)", await Chat.AskAsync(Owner, "summary"), StringComparison.Ordinal);
    }
}

public sealed class SqliteCheckInTests() : CheckInTests(Db.Sqlite);

public sealed class PostgresCheckInTests() : CheckInTests(Db.Postgres);
