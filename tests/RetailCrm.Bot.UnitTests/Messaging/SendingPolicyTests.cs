using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Messaging.Policy;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.UnitTests.Messaging;

/// <summary>The one sending policy, rule by rule, on the store's clock (Asia/Kolkata, UTC+5:30).</summary>
public sealed class SendingPolicyTests
{
    // 14:00 in Kolkata on Monday 23 November 2026.
    private static readonly DateTime Afternoon = new(2026, 11, 23, 8, 30, 0, DateTimeKind.Utc);

    // 23:00 in Kolkata the same day.
    private static readonly DateTime LateEvening = new(2026, 11, 23, 17, 30, 0, DateTimeKind.Utc);

    private static SendingPolicy Policy(EngagementOptions? engagement = null) => new(
        Options.Create(engagement ?? new EngagementOptions()),
        new StoreClock(new FakeTimeProvider(Afternoon), Options.Create(new StoreOptions())));

    private static OutboundMessage Message(MessagePurpose purpose, MessageChannel channel = MessageChannel.WhatsApp) => new()
    {
        ToPhone = "+919876543210",
        Body = "hello",
        Channel = channel,
        Purpose = purpose,
        Kind = purpose == MessagePurpose.Reply ? OutboundKinds.Reply : "stock_alert",
    };

    private static PolicyInput Customer(OutboundMessage message, DateTime now) => new(message, now)
    {
        IsCustomer = true,
        MarketingConsent = true,
        WhatsAppWindowOpenedAt = now.AddHours(-1),
    };

    [Fact]
    public void A_reply_inside_the_window_goes_out_at_once_even_at_night_or_over_the_cap()
    {
        var input = Customer(Message(MessagePurpose.Reply), LateEvening) with { ProactiveSentToday = 10 };

        Assert.Equal(PolicyDecision.Send(MessageChannel.WhatsApp, SendVia.FreeText), Policy().Decide(input));
    }

    [Fact]
    public void Stop_blocks_transactional_and_marketing_messages()
    {
        Assert.Equal(PolicyDecision.Skip("opted_out"), Policy().Decide(Customer(Message(MessagePurpose.Transactional), Afternoon) with { OptedOut = true }));
        Assert.Equal(PolicyDecision.Skip("opted_out"), Policy().Decide(Customer(Message(MessagePurpose.Marketing), Afternoon) with { OptedOut = true }));
    }

    [Fact]
    public void Marketing_needs_marketing_consent_transactional_does_not()
    {
        Assert.Equal(PolicyDecision.Skip("no_marketing_consent"), Policy().Decide(Customer(Message(MessagePurpose.Marketing), Afternoon) with { MarketingConsent = false }));
        Assert.IsType<SendDecision>(Policy().Decide(Customer(Message(MessagePurpose.Transactional), Afternoon) with { MarketingConsent = false }));
    }

    [Fact]
    public void A_proactive_message_due_at_23_00_waits_until_09_00()
    {
        var decision = Policy().Decide(Customer(Message(MessagePurpose.Transactional), LateEvening));

        // 09:00 on Tuesday 24 November in Kolkata is 03:30 UTC.
        Assert.Equal(PolicyDecision.Delay(new DateTime(2026, 11, 24, 3, 30, 0, DateTimeKind.Utc), "quiet_hours"), decision);
    }

    [Fact]
    public void Early_in_the_morning_the_message_waits_for_the_same_mornings_end_of_quiet_hours()
    {
        var sixAm = new DateTime(2026, 11, 24, 0, 30, 0, DateTimeKind.Utc); // 06:00 in Kolkata

        var decision = Policy().Decide(Customer(Message(MessagePurpose.Marketing), sixAm));

        Assert.Equal(PolicyDecision.Delay(new DateTime(2026, 11, 24, 3, 30, 0, DateTimeKind.Utc), "quiet_hours"), decision);
    }

    [Fact]
    public void Equal_start_and_end_turns_quiet_hours_off()
    {
        var engagement = new EngagementOptions { QuietHours = new QuietHoursOptions { Start = new(0, 0), End = new(0, 0) } };

        Assert.IsType<SendDecision>(Policy(engagement).Decide(Customer(Message(MessagePurpose.Transactional), LateEvening)));
    }

    [Fact]
    public void The_daily_cap_holds_the_third_proactive_message_until_tomorrow_morning()
    {
        Assert.IsType<SendDecision>(Policy().Decide(Customer(Message(MessagePurpose.Transactional), Afternoon) with { ProactiveSentToday = 1 }));

        var decision = Policy().Decide(Customer(Message(MessagePurpose.Transactional), Afternoon) with { ProactiveSentToday = 2 });

        Assert.Equal(PolicyDecision.Delay(new DateTime(2026, 11, 24, 3, 30, 0, DateTimeKind.Utc), "frequency_cap"), decision);
    }

    [Fact]
    public void Outside_the_whatsapp_window_an_approved_template_is_used()
    {
        var input = Customer(Message(MessagePurpose.Transactional), Afternoon) with
        {
            WhatsAppWindowOpenedAt = Afternoon.AddHours(-25),
            TemplateAvailable = true,
            TemplateKnown = true,
        };

        Assert.Equal(PolicyDecision.Send(MessageChannel.WhatsApp, SendVia.Template), Policy().Decide(input));
    }

    [Fact]
    public void Without_a_template_it_falls_back_to_sms_when_the_customer_has_it_else_says_why_not()
    {
        var outside = Customer(Message(MessagePurpose.Transactional), Afternoon) with { WhatsAppWindowOpenedAt = null, TemplateKnown = true };

        Assert.Equal(PolicyDecision.Send(MessageChannel.Sms, SendVia.SmsFallback), Policy().Decide(outside with { HasSms = true }));
        Assert.Equal(PolicyDecision.Skip("no_template"), Policy().Decide(outside with { HasSms = false }));
    }

    [Fact]
    public void Twilio_saying_the_window_is_closed_outweighs_our_own_record()
    {
        var message = Message(MessagePurpose.Transactional);
        message.WhatsAppWindowClosed = true;

        var decision = Policy().Decide(Customer(message, Afternoon) with { HasSms = true });

        Assert.Equal(PolicyDecision.Send(MessageChannel.Sms, SendVia.SmsFallback), decision);
    }

    [Fact]
    public void Sms_has_no_window()
    {
        var input = Customer(Message(MessagePurpose.Transactional, MessageChannel.Sms), Afternoon) with { WhatsAppWindowOpenedAt = null };

        Assert.Equal(PolicyDecision.Send(MessageChannel.Sms, SendVia.FreeText), Policy().Decide(input));
    }

    [Fact]
    public void Staff_alerts_ignore_quiet_hours_and_the_cap_but_not_the_whatsapp_window()
    {
        var alert = Message(MessagePurpose.Transactional);
        var staff = new PolicyInput(alert, LateEvening) { WhatsAppWindowOpenedAt = LateEvening.AddHours(-2), ProactiveSentToday = 9 };

        Assert.Equal(PolicyDecision.Send(MessageChannel.WhatsApp, SendVia.FreeText), Policy().Decide(staff));
        Assert.Equal(PolicyDecision.Send(MessageChannel.Sms, SendVia.SmsFallback), Policy().Decide(staff with { WhatsAppWindowOpenedAt = null, HasSms = true }));
    }

    [Theory]
    [InlineData("21:00", "09:00", "22:30", true)]
    [InlineData("21:00", "09:00", "08:59", true)]
    [InlineData("21:00", "09:00", "09:00", false)]
    [InlineData("21:00", "09:00", "20:59", false)]
    [InlineData("13:00", "14:00", "13:30", true)]
    [InlineData("13:00", "14:00", "14:30", false)]
    public void Quiet_hours_may_wrap_past_midnight(string start, string end, string at, bool quiet)
    {
        var hours = new QuietHoursOptions { Start = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), End = TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(quiet, hours.Contains(TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
