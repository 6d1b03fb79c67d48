using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Engagement;

/// <summary>The sending policy end to end: quiet hours, the daily cap, and WhatsApp's 24-hour window.</summary>
public abstract class SendingPolicyTests(Db db) : EngagementTestBase(db)
{
    private const string ContentSid = "HXb5b62575e6e4ff6129ad7c8efe1f983e";

    protected override Dictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Twilio:ContentSids:stock_alert"] = ContentSid;
            return settings;
        }
    }

    [Fact]
    public async Task An_alert_due_at_23_00_goes_out_at_09_00_while_replies_never_wait()
    {
        Clock.Advance(TimeSpan.FromHours(13)); // 23:00 in Kolkata
        Assert.Contains("Done!", await Chat.AskAsync(Priya, "notify me when the red saree is back", profileName: "Priya"), StringComparison.Ordinal);
        Assert.Contains("Stock updated", await Chat.AskAsync(StaffPhone, "arrived red saree x 5"), StringComparison.Ordinal);

        var alert = await App.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleAsync(m => m.Kind == "stock_alert"));
        Assert.Equal(OutboundStatus.Pending, alert.Status);
        Assert.Equal("quiet_hours", alert.DelayReason);
        Assert.Equal(new DateTime(2026, 11, 24, 3, 30, 0, DateTimeKind.Utc), alert.DueAt); // 09:00 Tuesday in Kolkata
        Assert.DoesNotContain(Chat.SentTo(Priya), s => s.Body.StartsWith("Good news", StringComparison.Ordinal));

        Clock.Advance(TimeSpan.FromHours(10)); // 09:00 the next morning
        var sent = await Eventually.ValueAsync(
            () => Task.FromResult(Chat.SentTo(Priya).Where(s => s.Body.StartsWith("Good news", StringComparison.Ordinal)).ToList()),
            s => s.Count > 0, null, "the alert at 09:00");
        Assert.Equal("whatsapp:" + Priya, Assert.Single(sent).To);
    }

    [Fact]
    public async Task Outside_the_24_hour_window_the_alert_is_the_approved_template_with_its_variables()
    {
        await Chat.AskAsync(Priya, "notify me when the red saree is back", profileName: "Priya");
        Clock.Advance(TimeSpan.FromHours(25));

        await Chat.AskAsync(StaffPhone, "arrived red saree x 5");

        var alert = Assert.Single(await Eventually.ValueAsync(
            () => Task.FromResult(Chat.SentTo(Priya).Where(s => s.Form.ContainsKey("ContentSid")).ToList()),
            s => s.Count > 0, null, "the template"));
        Assert.Equal(ContentSid, alert.Form["ContentSid"]);
        Assert.False(alert.Form.ContainsKey("Body"));
        Assert.Equal("whatsapp:" + Priya, alert.To);
        var variables = JsonSerializer.Deserialize<Dictionary<string, string>>(alert.Form["ContentVariables"]);
        Assert.Equal(new Dictionary<string, string> { ["1"] = "Priya", ["2"] = "Red Saree", ["3"] = "Kapoor Fashions" }, variables);
        Assert.Equal("template", await App.QueryAsync(d => d.OutboundMessages.Where(m => m.Kind == "stock_alert").Select(m => m.SentVia).SingleAsync()));
    }

    [Fact]
    public async Task Without_a_template_it_falls_back_to_sms_or_records_why_it_could_not_send()
    {
        // Both asked about the saree on WhatsApp; Priya has written by SMS before, Arjun never has. The
        // "item you asked about has arrived" nudge has no ContentSid configured.
        await Chat.AskAsync(Priya, "hi", MessageChannel.Sms);
        await Chat.AskAsync(Priya, "do you have a red saree?", MessageChannel.WhatsApp);
        await Chat.AskAsync("+919812345678", "do you have a red saree?", MessageChannel.WhatsApp);
        Clock.Advance(TimeSpan.FromHours(25));

        await Chat.AskAsync(StaffPhone, "arrived red saree x 5");

        await Eventually.TrueAsync(
            () => App.QueryAsync(d => d.OutboundMessages.AllAsync(m => m.Status != OutboundStatus.Pending && m.Status != OutboundStatus.Dispatching)),
            "the nudges to be decided");
        var nudges = await App.QueryAsync(d => d.OutboundMessages.AsNoTracking().Where(m => m.Kind == "inquiry_nudge").ToListAsync());
        var priyas = nudges.Single(a => a.ToPhone == Priya);
        Assert.Equal((MessageChannel.Sms, "sms_fallback"), (priyas.Channel, priyas.SentVia));
        Assert.Contains(Chat.SentTo(Priya), s => s.To == Priya && s.Body.Contains("you were asking about has arrived", StringComparison.Ordinal));
        var arjuns = nudges.Single(a => a.ToPhone == "+919812345678");
        Assert.Equal((OutboundStatus.Skipped, "no_template"), (arjuns.Status, arjuns.SkipReason));
        Assert.DoesNotContain(Chat.SentTo("+919812345678"), s => s.Body.Contains("arrived", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Twilio_error_63016_sends_the_template_instead()
    {
        await Chat.AskAsync(Priya, "notify me when the red saree is back", profileName: "Priya");
        Twilio.RefuseFreeFormWith63016();

        await Chat.AskAsync(StaffPhone, "arrived red saree x 5", MessageChannel.Sms);

        var alert = Assert.Single(await Eventually.ValueAsync(
            () => Task.FromResult(Chat.SentTo(Priya).Where(s => s.Form.ContainsKey("ContentSid")).ToList()),
            s => s.Count > 0, null, "the template after 63016"));
        Assert.Equal(ContentSid, alert.Form["ContentSid"]);
        Assert.Contains(Twilio.Requests, r => r.To == "whatsapp:" + Priya && r.Status == 400);
    }

    [Fact]
    public async Task The_frequency_cap_holds_the_third_proactive_message_until_tomorrow()
    {
        foreach (var item in new[] { "red saree", "blue kurta", "green dupatta" })
        {
            await Chat.AskAsync(Priya, $"notify me when the {item} is back", profileName: "Priya");
        }

        foreach (var item in new[] { "red saree", "blue kurta", "green dupatta" })
        {
            await Chat.AskAsync(StaffPhone, $"arrived {item} x 5", MessageChannel.Sms);
        }

        await Eventually.TrueAsync(
            () => App.QueryAsync(d => d.OutboundMessages.CountAsync(m => m.Kind == "stock_alert" && (m.SentAt != null || m.DelayReason != null)).ContinueWith(t => t.Result == 3, TaskScheduler.Default)),
            "three alerts sent or held");
        var alerts = await App.QueryAsync(d => d.OutboundMessages.AsNoTracking().Where(m => m.Kind == "stock_alert").OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(2, alerts.Count(a => a.SentAt != null));
        var held = Assert.Single(alerts, a => a.SentAt == null);
        Assert.Equal("frequency_cap", held.DelayReason);
        Assert.Equal(new DateTime(2026, 11, 24, 3, 30, 0, DateTimeKind.Utc), held.DueAt);
        Assert.Equal(2, Chat.SentTo(Priya).Count(s => s.Body.StartsWith("Good news", StringComparison.Ordinal)));
    }
}

public sealed class SqliteSendingPolicyTests() : SendingPolicyTests(Db.Sqlite);

public sealed class PostgresSendingPolicyTests() : SendingPolicyTests(Db.Postgres);
