using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Channels.Twilio;

/// <summary>How many messages one sender gets answered, bound from the <c>Twilio</c> section.</summary>
public sealed class SenderRateLimitOptions
{
    /// <summary>Messages a sender may send at once before the limit applies; far more than a person types.</summary>
    [Range(1, 10_000)]
    public int InboundBurstPerSender { get; set; } = 20;

    /// <summary>After the burst, how many more a minute are answered.</summary>
    [Range(1, 10_000)]
    public int InboundPerMinutePerSender { get; set; } = 10;
}

/// <summary>
/// A token bucket per sender, so one number flooding the webhook cannot fill the inbox, the turns and the paced
/// outbox ahead of everyone else.
/// <para>
/// The limit is applied after the signature check (an unsigned request must not spend a real sender's tokens), so it
/// cannot be the rate limiter middleware, which picks its partition before the body is read. A message over the
/// limit is still stored and acknowledged with 200, only marked <see cref="InboxStatus.Throttled"/> and not answered:
/// Twilio by default retries a webhook only when it cannot connect, not on 429 or 503, so refusing it would lose it,
/// and where retries on 4xx/5xx are turned on it would come back to a full bucket. Stored once (unique on
/// MessageSid), it can never be doubled either. STOP, START and HELP are always answered.
/// </para>
/// </summary>
public sealed partial class SenderRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly ILogger<SenderRateLimiter> _logger;

    public SenderRateLimiter(IOptions<SenderRateLimitOptions> options, ILogger<SenderRateLimiter> logger)
    {
        var limits = options.Value;
        _logger = logger;
        // Not auto-replenishing: the partitioned limiter's own timer refills every bucket, instead of one timer per
        // sender, and drops buckets that are full and idle, so a stream of new senders does not grow memory.
        _limiter = PartitionedRateLimiter.Create<string, string>(sender => RateLimitPartition.GetTokenBucketLimiter(
            sender,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.InboundBurstPerSender,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / limits.InboundPerMinutePerSender,
                AutoReplenishment = false,
                QueueLimit = 0,
            }));
    }

    /// <summary>
    /// Marks <paramref name="message"/> <see cref="InboxStatus.Throttled"/> when its sender is a shopper over the limit.
    /// The store's owners and staff are never throttled: their messages are the store's work (twenty sales logged at
    /// closing time), and their numbers are known. Who sent it is looked up only once the bucket is empty, so an
    /// ordinary message costs no query, and no database context is even created for it (the resolver comes from
    /// <paramref name="services"/> only then: at thousands of webhooks a second that creation was a fifth of the CPU).
    /// </summary>
    public async Task ApplyAsync(InboundMessage message, IServiceProvider services, CancellationToken ct)
    {
        if (message.Status != InboxStatus.Pending)
        {
            return;
        }

        using var lease = _limiter.AttemptAcquire(message.FromPhone);
        if (lease.IsAcquired || IsConsentKeyword(message) || await services.GetRequiredService<RoleResolver>().ResolveAsync(message.FromPhone, ct) != Role.Shopper)
        {
            return;
        }

        message.Status = InboxStatus.Throttled;
        LogThrottled(_logger, message.MessageSid, PhoneMask.For(message.FromPhone));
    }

    public void Dispose() => _limiter.Dispose();

    private static bool IsConsentKeyword(InboundMessage message) =>
        ConsentKeywords.Match(message.Body) is not null || ConsentKeywords.FromOptOutType(message.OptOutType) is not null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageSid} from {Phone} is over the sender's limit: recorded, not answered")]
    private static partial void LogThrottled(ILogger logger, string messageSid, MaskedPhone phone);
}
