using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.IntegrationTests.Engagement;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Messaging;

/// <summary>
/// Cancel means cancel: an alert cancelled is not followed by a nudge about the same item, an alert held for the
/// morning is not sent once cancelled, and STOP stops everything already queued (only its own confirmation goes).
/// </summary>
public abstract class CancelTests(Db db) : EngagementTestBase(db)
{
    [Fact]
    public async Task After_cancel_my_alert_no_nudge_about_that_item_comes_either()
    {
        await Chat.AskAsync(Priya, "do you have a red saree?", MessageChannel.Sms);
        await Chat.AskAsync(Priya, "notify me when it's back", MessageChannel.Sms);
        Assert.Contains("Cancelled your alert for Red Saree", await Chat.AskAsync(Priya, "cancel my alert", MessageChannel.Sms), StringComparison.Ordinal);

        await Chat.AskAsync(StaffPhone, "arrived red saree x 5", MessageChannel.Sms);
        await Chat.WaitUntilSentAsync();

        Assert.Equal(0, await App.QueryAsync(d => d.OutboundMessages.CountAsync(m => m.ToPhone == Priya && m.Purpose != MessagePurpose.Reply)));
    }

    [Fact]
    public async Task An_alert_held_for_the_morning_is_not_sent_once_cancelled()
    {
        Clock.Advance(TimeSpan.FromHours(12)); // 22:00: quiet hours
        await Chat.AskAsync(Priya, "notify me when the red saree is back", MessageChannel.Sms);
        await Chat.AskAsync(StaffPhone, "arrived red saree x 5", MessageChannel.Sms);
        var held = await HeldAsync("stock_alert");

        Assert.Contains("Cancelled your alert for Red Saree", await Chat.AskAsync(Priya, "cancel my red saree alert", MessageChannel.Sms), StringComparison.Ordinal);

        var row = await App.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == held.Id));
        Assert.Equal((OutboundStatus.Skipped, "cancelled_by_customer"), (row.Status, row.SkipReason));
        Clock.Advance(TimeSpan.FromHours(12)); // the morning
        await Chat.WaitUntilSentAsync();
        Assert.DoesNotContain(Chat.SentTo(Priya), s => s.Body.Contains("you asked us about is back in stock", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stop_cancels_everything_already_queued_and_only_its_confirmation_goes()
    {
        Clock.Advance(TimeSpan.FromHours(12)); // 22:00: quiet hours
        await Chat.AskAsync(Priya, "notify me when the red saree is back", MessageChannel.Sms);
        await Chat.AskAsync(StaffPhone, "arrived red saree x 5", MessageChannel.Sms);
        var held = await HeldAsync("stock_alert");

        Assert.Contains("You're unsubscribed", await Chat.AskAsync(Priya, "STOP", MessageChannel.Sms), StringComparison.Ordinal);

        var row = await App.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == held.Id));
        Assert.Equal((OutboundStatus.Skipped, "opted_out"), (row.Status, row.SkipReason));
        Clock.Advance(TimeSpan.FromHours(12));
        await Chat.WaitUntilSentAsync();
        Assert.DoesNotContain(Chat.SentTo(Priya), s => s.Body.Contains("you asked us about is back in stock", StringComparison.Ordinal));
    }

    private async Task<OutboundMessage> HeldAsync(string kind) => (await Eventually.ValueAsync(
        () => App.QueryAsync(d => d.OutboundMessages.AsNoTracking().FirstOrDefaultAsync(m => m.ToPhone == Priya && m.Kind == kind && m.DelayReason == "quiet_hours")),
        m => m is not null, null, $"the {kind} to be held for the morning"))!;
}

public sealed class SqliteCancelTests() : CancelTests(Db.Sqlite);

public sealed class PostgresCancelTests() : CancelTests(Db.Postgres);
