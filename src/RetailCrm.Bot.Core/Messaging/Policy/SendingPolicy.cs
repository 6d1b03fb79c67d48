using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Messaging.Policy;

/// <summary>
/// The one place that decides whether, when and how a message goes out. A reply to someone who just wrote
/// is never held; every proactive message to a customer needs consent for its purpose, waits out quiet hours,
/// respects the daily cap, and outside WhatsApp's 24-hour window uses an approved template or falls back to SMS.
/// </summary>
public sealed class SendingPolicy(IOptions<EngagementOptions> engagement, StoreClock clock)
{
    public static readonly TimeSpan WhatsAppWindow = TimeSpan.FromHours(24);

    public PolicyDecision Decide(PolicyInput input)
    {
        var message = input.Message;
        var proactive = message.Purpose != MessagePurpose.Reply;

        if (proactive && input.IsCustomer)
        {
            if (input.OptedOut)
            {
                return PolicyDecision.Skip("opted_out");
            }

            if (message.Purpose == MessagePurpose.Marketing && !input.MarketingConsent)
            {
                return PolicyDecision.Skip("no_marketing_consent");
            }

            var quiet = engagement.Value.QuietHours;
            var local = clock.ToLocal(input.NowUtc);
            if (quiet.Contains(TimeOnly.FromDateTime(local)))
            {
                return PolicyDecision.Delay(NextQuietHoursEnd(local), "quiet_hours");
            }

            if (input.ProactiveSentToday >= engagement.Value.MaxProactivePerDay)
            {
                var tomorrow = DateOnly.FromDateTime(local).AddDays(1);
                return PolicyDecision.Delay(clock.ToUtc(tomorrow.ToDateTime(quiet.IsOff ? TimeOnly.MinValue : quiet.End)), "frequency_cap");
            }
        }

        if (message.Channel == MessageChannel.WhatsApp && !InsideWindow(input))
        {
            if (input.TemplateAvailable)
            {
                return PolicyDecision.Send(MessageChannel.WhatsApp, SendVia.Template);
            }

            return input.HasSms
                ? PolicyDecision.Send(MessageChannel.Sms, SendVia.SmsFallback)
                : PolicyDecision.Skip(input.TemplateKnown ? "no_template" : "outside_whatsapp_window");
        }

        return PolicyDecision.Send(message.Channel, SendVia.FreeText);
    }

    private static bool InsideWindow(PolicyInput input) =>
        !input.Message.WhatsAppWindowClosed
        && input.WhatsAppWindowOpenedAt is { } opened
        && input.NowUtc - opened < WhatsAppWindow;

    /// <summary>The next time quiet hours end, as UTC: this morning if it is before the end, else tomorrow.</summary>
    private DateTime NextQuietHoursEnd(DateTime local)
    {
        var end = engagement.Value.QuietHours.End;
        var today = DateOnly.FromDateTime(local);
        var day = TimeOnly.FromDateTime(local) < end ? today : today.AddDays(1);
        return clock.ToUtc(day.ToDateTime(end));
    }
}

/// <summary>Everything the policy looks at for one message, gathered by the dispatcher.</summary>
public sealed record PolicyInput(OutboundMessage Message, DateTime NowUtc)
{
    /// <summary>The recipient is a customer (not staff or an owner), so consent, quiet hours and the cap apply.</summary>
    public bool IsCustomer { get; init; }

    public bool OptedOut { get; init; }

    public bool MarketingConsent { get; init; }

    /// <summary>Proactive messages already sent to this customer today (store time).</summary>
    public int ProactiveSentToday { get; init; }

    /// <summary>When the recipient last wrote on WhatsApp.</summary>
    public DateTime? WhatsAppWindowOpenedAt { get; init; }

    /// <summary>The message's kind has an approved template with a ContentSid configured.</summary>
    public bool TemplateAvailable { get; init; }

    /// <summary>The message's kind has a template in bot-manifests (whether or not Twilio has approved it).</summary>
    public bool TemplateKnown { get; init; }

    /// <summary>The recipient can take SMS.</summary>
    public bool HasSms { get; init; }
}

public enum SendVia
{
    FreeText,
    Template,
    SmsFallback,
}

public abstract record PolicyDecision
{
    public static PolicyDecision Send(MessageChannel channel, SendVia via) => new SendDecision(channel, via);

    public static PolicyDecision Delay(DateTime untilUtc, string reason) => new DelayDecision(untilUtc, reason);

    public static PolicyDecision Skip(string reason) => new SkipDecision(reason);
}

public sealed record SendDecision(MessageChannel Channel, SendVia Via) : PolicyDecision;

public sealed record DelayDecision(DateTime UntilUtc, string Reason) : PolicyDecision;

public sealed record SkipDecision(string Reason) : PolicyDecision;
