using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Messaging.Policy;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Core.Messaging.Outbox;

/// <summary>
/// Sends what is due in the outbox and records what the provider said. Rows are claimed with a
/// conditional UPDATE and a short lease, renewed while the send runs, so two dispatchers never send one message
/// twice and a crashed instance's rows are taken again within a lease. A row taken back that way may have gone
/// out before the crash: the provider is asked first, and it is only sent if it did not. A refusal is final; a
/// transient failure is retried later with a growing delay; one message's trouble never stops the others.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IMessageSender sender,
    SendingPolicy policy,
    ITemplateResolver templates,
    Pacer pacer,
    Store.StoreClock clock,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(5);
    public const int MaxAttempts = 5;

    /// <summary>How far before a lost message's creation its recipient's recorded messages are looked at.</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromMinutes(5);

    // Rows this instance took back from a dispatcher whose lease ran out (their send may have happened).
    private readonly ConcurrentDictionary<long, bool> _recovered = new();

    public Task<int> DispatchDueAsync(CancellationToken ct) =>
        ClaimLoop.RunAsync(FindDueAsync, TryClaimAsync, SendClaimedAsync, ct);

    /// <summary>The earliest time something in the outbox becomes due, so the worker can sleep until then.</summary>
    public async Task<DateTime?> NextDueAtAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
        return await db.OutboundMessages
            .Where(m => m.Status == OutboundStatus.Pending)
            .OrderBy(m => m.DueAt)
            .Select(m => (DateTime?)m.DueAt)
            .FirstOrDefaultAsync(ct);
    }

    private static Expression<Func<OutboundMessage, bool>> Claimable(DateTime now) => m =>
        (m.Status == OutboundStatus.Pending && m.DueAt <= now && (m.LockedUntil == null || m.LockedUntil <= now))
        || (m.Status == OutboundStatus.Dispatching && m.LockedUntil <= now);

    private static Expression<Func<OutboundMessage, bool>> Due(DateTime now) => m =>
        m.Status == OutboundStatus.Pending && m.DueAt <= now && (m.LockedUntil == null || m.LockedUntil <= now);

    /// <summary>Claimed by a dispatcher that stopped renewing its lease: it crashed, perhaps in the middle of a send.</summary>
    private static Expression<Func<OutboundMessage, bool>> Abandoned(DateTime now) => m =>
        m.Status == OutboundStatus.Dispatching && m.LockedUntil <= now;

    private async Task<List<long>> FindDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        return await db.OutboundMessages
            .Where(Claimable(now))
            // Replies first: someone is waiting for them, and a campaign must not hold them up.
            .OrderBy(m => m.Purpose == MessagePurpose.Reply ? 0 : 1)
            .ThenBy(m => m.DueAt)
            .ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(50)
            .ToListAsync(ct);
    }

    private async Task<bool> TryClaimAsync(long id, CancellationToken ct)
    {
        if (await ClaimAsync(id, Due, ct))
        {
            return true;
        }

        if (await ClaimAsync(id, Abandoned, ct))
        {
            _recovered[id] = true;
            return true;
        }

        return false;
    }

    private async Task<bool> ClaimAsync(long id, Func<DateTime, Expression<Func<OutboundMessage, bool>>> claimable, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var lockedUntil = now + Lease;
        var claimed = await db.OutboundMessages
            .Where(m => m.Id == id)
            .Where(claimable(now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboundStatus.Dispatching)
                    .SetProperty(m => m.LockedUntil, lockedUntil)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                ct);
        return claimed == 1;
    }

    private async Task RenewAsync(long id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
        var lockedUntil = time.GetUtcNow().UtcDateTime + Lease;
        await db.OutboundMessages
            .Where(m => m.Id == id && m.Status == OutboundStatus.Dispatching)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockedUntil), ct);
    }

    /// <summary>
    /// One message, from the policy to the provider's answer. Whatever goes wrong stays with this message: before
    /// the send it is put back to be tried again later; once the send has begun it is left claimed, so that when its
    /// lease runs out the provider is asked whether it went out rather than sent again blind.
    /// </summary>
    private async Task SendClaimedAsync(long id, CancellationToken ct)
    {
        var recovered = _recovered.TryRemove(id, out _);
        var sendBegun = false;
        await using var renewal = LeaseRenewal.Start(token => RenewAsync(id, token), RenewEvery, time);
        try
        {
            sendBegun = await SendAsync(id, recovered, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw; // shutting down: the lease runs out and the next start takes the row again
        }
        catch (Exception ex)
        {
            LogMessageFailed(logger, ex, id);
            if (!sendBegun)
            {
                await PutBackAsync(id);
            }
        }
    }

    /// <summary>After a failure before the send: pending again, later, as after a transient provider failure.</summary>
    private async Task PutBackAsync(long id)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
            var now = time.GetUtcNow().UtcDateTime;
            var attempts = await db.OutboundMessages.Where(m => m.Id == id).Select(m => m.Attempts).SingleAsync(CancellationToken.None);
            var dueAt = now + RetryDelay(attempts);
            await db.OutboundMessages
                .Where(m => m.Id == id && m.Status == OutboundStatus.Dispatching)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Status, attempts >= MaxAttempts ? OutboundStatus.Failed : OutboundStatus.Pending)
                        .SetProperty(m => m.LockedUntil, (DateTime?)null)
                        .SetProperty(m => m.DueAt, dueAt)
                        .SetProperty(m => m.StatusUpdatedAt, now),
                    CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The database itself is away: the row's lease runs out and it is taken again then.
            LogMessageFailed(logger, ex, id);
        }
    }

    /// <returns>Whether the send to the provider had begun (then a failure must not lead to a blind resend).</returns>
    private async Task<bool> SendAsync(long id, bool recovered, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
        var message = await db.OutboundMessages.SingleAsync(m => m.Id == id, ct);

        if (recovered && message.ProviderSid is null)
        {
            // The last dispatcher may have died between the provider's "accepted" and recording it.
            // The same text may have gone to them shortly before (a second "didn't catch that"): its SID is not ours.
            var since = message.CreatedAt - LookBack;
            var recorded = await db.OutboundMessages
                .Where(m => m.ToPhone == message.ToPhone && m.Id != message.Id && m.ProviderSid != null && m.CreatedAt >= since)
                .Select(m => m.ProviderSid!)
                .ToListAsync(ct);
            var found = await sender.FindSentAsync(message, recorded.ToHashSet(StringComparer.Ordinal), ct);
            if (found is { Outcome: SendOutcome.Accepted })
            {
                LogFoundSent(logger, id, found.ProviderSid);
                await RecordAsync(scope, db, message, found, ct);
                return true;
            }

            if (found is not null)
            {
                // The provider cannot say now; sending again could double it. Ask again after a while.
                message.LockedUntil = time.GetUtcNow().UtcDateTime + RetryDelay(message.Attempts);
                LogLookupFailed(logger, id, found.ErrorMessage);
                await db.SaveChangesAsync(CancellationToken.None);
                return true;
            }
        }

        var decision = policy.Decide(await GatherAsync(db, message, ct));
        if (decision is DelayDecision delay)
        {
            // Not an attempt: the message waits (for the morning, or tomorrow's allowance) without counting as a failure.
            message.Status = OutboundStatus.Pending;
            message.LockedUntil = null;
            message.Attempts = Math.Max(0, message.Attempts - 1);
            message.DueAt = delay.UntilUtc;
            message.DelayReason = delay.Reason;
            message.DelayCount++;
            LogDelayed(logger, id, message.Kind, delay.Reason, delay.UntilUtc);
            await db.SaveChangesAsync(CancellationToken.None);
            return false;
        }

        if (decision is SkipDecision skip)
        {
            message.Status = OutboundStatus.Skipped;
            message.LockedUntil = null;
            message.SkipReason = skip.Reason;
            message.StatusUpdatedAt = time.GetUtcNow().UtcDateTime;
            LogSkipped(logger, id, message.Kind, skip.Reason);
            await db.SaveChangesAsync(CancellationToken.None);
            return false;
        }

        var send = (SendDecision)decision;
        message.Channel = send.Channel;
        message.SentVia = send.Via switch
        {
            SendVia.Template => "template",
            SendVia.SmsFallback => "sms_fallback",
            _ => "free_text",
        };
        if (send.Via == SendVia.Template && templates.TryResolve(message.Kind, message.TemplateValues, out var contentSid, out var variables))
        {
            message.ContentSid = contentSid;
            message.ContentVariables = variables;
        }

        if (send.Via != SendVia.Template && message.CustomerId is { } customerId)
        {
            // The model writes outside any transaction and within its own timeout; on any trouble the
            // template text stays, so a slow or absent model never delays or loses a message.
            var personalizer = scope.ServiceProvider.GetRequiredService<Ai.AiMessagePersonalizer>();
            if (personalizer.Applies(message) && await db.Customers.FindAsync([customerId], ct) is { } customer)
            {
                await personalizer.PersonalizeAsync(message, customer, ct);
            }
        }

        await pacer.WaitForSlotAsync(message.Channel, ct);
        SendResult result;
        try
        {
            result = await sender.SendAsync(message, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw; // the lease runs out and the next start asks the provider, then sends it if it did not go
        }
        catch (Exception ex)
        {
            // A sender bug must not strand the row in Dispatching; treat it like a provider outage.
            LogSenderThrew(logger, ex, id);
            result = new SendResult(SendOutcome.TransientFailure, ErrorMessage: ex.GetType().Name);
        }

        await RecordAsync(scope, db, message, result, ct);
        return true;
    }

    /// <summary>What the policy needs to know about the recipient, read fresh for every message.</summary>
    private async Task<PolicyInput> GatherAsync(ICrmDbContext db, OutboundMessage message, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var customer = message.CustomerId is { } customerId ? await db.Customers.FindAsync([customerId], ct) : null;
        var templateKnown = templates.IsKnown(message.Kind);
        var templateAvailable = templateKnown && templates.TryResolve(message.Kind, message.TemplateValues, out _, out _);

        if (customer is null)
        {
            // Staff and owners: no consent rules, but WhatsApp's window applies to them as to anyone.
            var lastWhatsApp = await db.InboundMessages
                .Where(m => m.FromPhone == message.ToPhone && m.Channel == MessageChannel.WhatsApp)
                .OrderByDescending(m => m.Id)
                .Select(m => (DateTime?)m.ReceivedAt)
                .FirstOrDefaultAsync(ct);
            return new PolicyInput(message, now)
            {
                WhatsAppWindowOpenedAt = lastWhatsApp,
                TemplateAvailable = templateAvailable,
                TemplateKnown = templateKnown,
                HasSms = true,
            };
        }

        var startOfDay = clock.ToUtc(DateOnly.FromDateTime(clock.ToLocal(now)).ToDateTime(TimeOnly.MinValue));
        var sentToday = await db.OutboundMessages.CountAsync(
            m => m.CustomerId == customer.Id
                 && m.Id != message.Id
                 && m.Purpose != MessagePurpose.Reply
                 && m.SentAt >= startOfDay,
            ct);
        return new PolicyInput(message, now)
        {
            IsCustomer = true,
            OptedOut = customer.IsOptedOut,
            MarketingConsent = customer.MarketingConsentAt is not null,
            ProactiveSentToday = sentToday,
            WhatsAppWindowOpenedAt = customer.WhatsAppWindowOpenedAt,
            TemplateAvailable = templateAvailable,
            TemplateKnown = templateKnown,
            HasSms = customer.SmsSeenAt is not null,
        };
    }

    private async Task RecordAsync(AsyncServiceScope scope, ICrmDbContext db, OutboundMessage message, SendResult result, CancellationToken ct)
    {
        var id = message.Id;
        var now = time.GetUtcNow().UtcDateTime;
        message.LockedUntil = null;
        message.ErrorCode = result.ErrorCode;
        message.ErrorMessage = StoredText.FitOrNull(result.ErrorMessage, 500);
        message.FromAddress = result.FromAddress ?? message.FromAddress;
        message.StatusUpdatedAt = now;

        switch (result.Outcome)
        {
            case SendOutcome.Accepted:
                // A status callback may have got here first (it carries the outbox id): keep whichever is further on.
                var recorded = await db.OutboundMessages.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.Status, m.ProviderSid }).SingleAsync(ct);
                var accepted = result.Status ?? OutboundStatus.Queued;
                message.Status = recorded.ProviderSid is not null && !recorded.Status.CanMoveTo(accepted) && recorded.Status != OutboundStatus.Dispatching
                    ? recorded.Status
                    : accepted;
                message.ProviderSid = result.ProviderSid ?? recorded.ProviderSid;
                message.SentAt = now;
                LogSent(logger, id, message.Kind, message.Channel, new MaskedPhone(message.ToPhone), message.ProviderSid);
                break;

            case SendOutcome.Rejected when result.Refusal == SendRefusal.OutsideWhatsAppWindow && !message.WhatsAppWindowClosed:
                // Twilio knows the window better than we do: try again as a template, or by SMS.
                message.WhatsAppWindowClosed = true;
                message.Status = OutboundStatus.Pending;
                message.DueAt = now;
                LogWindowClosed(logger, id);
                break;

            case SendOutcome.Rejected:
                message.Status = OutboundStatus.Failed;
                LogRejected(logger, id, new MaskedPhone(message.ToPhone), result.ErrorCode);
                if (result.Refusal == SendRefusal.RecipientOptedOut)
                {
                    await scope.ServiceProvider.GetRequiredService<ConsentService>()
                        .MarkOptedOutByProviderAsync(message.ToPhone, message.Channel, result.ErrorCode, ct);
                }

                break;

            default:
                if (message.Attempts >= MaxAttempts)
                {
                    message.Status = OutboundStatus.Failed;
                    LogGaveUp(logger, id, message.Attempts, result.ErrorCode);
                }
                else
                {
                    message.Status = OutboundStatus.Pending;
                    message.DueAt = now + RetryDelay(message.Attempts);
                    LogWillRetry(logger, id, message.Attempts, result.ErrorCode, message.DueAt);
                }

                break;
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>30 s, 2 min, 8 min, 32 min: long enough for a provider outage to pass.</summary>
    public static TimeSpan RetryDelay(int attempts) => TimeSpan.FromSeconds(30 * Math.Pow(4, Math.Max(0, attempts - 1)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent outbound {OutboundId} ({Kind}) by {Channel} to {Phone} as {ProviderSid}")]
    private static partial void LogSent(ILogger logger, long outboundId, string kind, MessageChannel channel, MaskedPhone phone, string? providerSid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Provider refused outbound {OutboundId} to {Phone} with error {ErrorCode}")]
    private static partial void LogRejected(ILogger logger, long outboundId, MaskedPhone phone, int? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbound {OutboundId} failed on attempt {Attempt} (error {ErrorCode}); retrying at {DueAt:o}")]
    private static partial void LogWillRetry(ILogger logger, long outboundId, int attempt, int? errorCode, DateTime dueAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbound {OutboundId} failed after {Attempts} attempts (error {ErrorCode}); giving up")]
    private static partial void LogGaveUp(ILogger logger, long outboundId, int attempts, int? errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound {OutboundId} ({Kind}) held back ({Reason}) until {DueAt:o}")]
    private static partial void LogDelayed(ILogger logger, long outboundId, string kind, string reason, DateTime dueAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound {OutboundId} ({Kind}) not sent: {Reason}")]
    private static partial void LogSkipped(ILogger logger, long outboundId, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound {OutboundId}: WhatsApp window closed; retrying as a template or SMS")]
    private static partial void LogWindowClosed(ILogger logger, long outboundId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The message sender threw for outbound {OutboundId}")]
    private static partial void LogSenderThrew(ILogger logger, Exception ex, long outboundId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbound {OutboundId} could not be handled this time; the others carry on")]
    private static partial void LogMessageFailed(ILogger logger, Exception ex, long outboundId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound {OutboundId} had already gone out before a restart ({ProviderSid}); not sending it again")]
    private static partial void LogFoundSent(ILogger logger, long outboundId, string? providerSid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbound {OutboundId}: cannot tell yet whether it went out before a restart ({Error}); asking again later")]
    private static partial void LogLookupFailed(ILogger logger, long outboundId, string? error);
}
