using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Messaging.Policy;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Core.Messaging.Outbox;

/// <summary>
/// One message from its send slot to the provider's answer, recorded. Whatever goes wrong stays with this message:
/// before the send it is put back to be tried again later; once the send has begun it is left claimed, so that when
/// its lease runs out the provider is asked whether it went out rather than sent again blind.
/// </summary>
public sealed partial class OutboundSend(
    IServiceScopeFactory scopes,
    IMessageSender sender,
    Pacer pacer,
    Ai.AiGateway ai,
    TimeProvider time,
    ILogger<OutboundSend> logger) : IDisposable
{
    public const int MaxAttempts = 5;

    /// <summary>How far before a lost message's creation its recipient's recorded messages are looked at.</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromMinutes(5);

    // Sends run concurrently, but the model is asked two messages at a time: an outage then costs a couple of calls
    // before its circuit breaker opens (not one per message in flight), and a campaign does not burst past the
    // deployment's per-minute limits.
    private readonly SemaphoreSlim _modelCalls = new(2, 2);

    public void Dispose() => _modelCalls.Dispose();

    public async Task SendAsync(PlannedSend planned, CancellationToken ct)
    {
        var message = planned.Message;
        var sendBegun = false;
        try
        {
            if (planned.Customer is { } customer && ai.IsEnabled)
            {
                // The model writes outside any transaction and within its own timeout; on any trouble the
                // template text stays, so a slow or absent model never delays or loses a message. (With AI off, no
                // scope is made per send.)
                await using var scope = scopes.CreateAsyncScope();
                var personalizer = scope.ServiceProvider.GetRequiredService<Ai.AiMessagePersonalizer>();
                if (message.SentVia != "template" && personalizer.Applies(message))
                {
                    await _modelCalls.WaitAsync(ct);
                    try
                    {
                        await personalizer.PersonalizeAsync(message, customer, ct);
                    }
                    finally
                    {
                        _modelCalls.Release();
                    }

                    // Stored before it goes: a dispatcher taking this row over after a crash asks Twilio for this text.
                    var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
                    await db.OutboundMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                        s => s.SetProperty(m => m.Body, message.Body)
                            .SetProperty(m => m.ComposedBy, message.ComposedBy)
                            .SetProperty(m => m.CompositionNote, message.CompositionNote),
                        ct);
                }
            }

            await pacer.WaitForSlotAsync(message.Channel, reply: message.Purpose == MessagePurpose.Reply, ct);
            sendBegun = true;
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
                LogSenderThrew(logger, ex, message.Id);
                result = new SendResult(SendOutcome.TransientFailure, ErrorMessage: ex.GetType().Name);
            }

            await RecordAsync(message, result, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: the lease runs out and the next start takes the row again.
        }
        catch (Exception ex)
        {
            LogMessageFailed(logger, ex, message.Id);
            if (!sendBegun)
            {
                await PutBackAsync(message.Id);
            }
        }
    }

    /// <summary>
    /// A row taken back from a dispatcher that stopped renewing its lease may have gone out before it died (between
    /// the provider's "accepted" and recording it). The provider is asked first.
    /// </summary>
    /// <returns>Whether it is settled (found sent, or the provider could not say and it waits); false means send it.</returns>
    public async Task<bool> SettleRecoveredAsync(long id, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
            var message = await db.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == id, ct);
            if (message.ProviderSid is not null)
            {
                return false;
            }

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
                await RecordAsync(message, found, ct);
                return true;
            }

            if (found is not null)
            {
                // The provider cannot say now; sending again could double it. Ask again after a while.
                LogLookupFailed(logger, id, found.ErrorMessage);
                var askAgainAt = time.GetUtcNow().UtcDateTime + RetryDelay(message.Attempts);
                await db.OutboundMessages.Where(m => m.Id == id && m.Status == OutboundStatus.Dispatching)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, askAgainAt), CancellationToken.None);
                return true;
            }

            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Left claimed: when the lease runs out it is looked up again, never sent blind.
            LogMessageFailed(logger, ex, id);
            return true;
        }
    }

    /// <summary>After a failure before the send: pending again, later, as after a transient provider failure.</summary>
    public async Task PutBackAsync(long id)
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

    private async Task RecordAsync(OutboundMessage message, SendResult result, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
        var id = message.Id;
        var now = time.GetUtcNow().UtcDateTime;
        message.LockedUntil = null;
        message.ErrorCode = result.ErrorCode;
        message.ErrorMessage = StoredText.FitOrNull(result.ErrorMessage, 500);
        message.FromAddress = result.FromAddress ?? message.FromAddress;
        message.StatusUpdatedAt = now;
        OutboundStatus? accepted = null;

        switch (result.Outcome)
        {
            case SendOutcome.Accepted:
                accepted = result.Status ?? OutboundStatus.Queued;
                message.Status = accepted.Value;
                message.ProviderSid = result.ProviderSid ?? message.ProviderSid;
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
                    // Saved before the message's own update: should the process die between the two, the row is
                    // still claimed and is looked up again, and the opt-out is already on record.
                    await scope.ServiceProvider.GetRequiredService<ConsentService>()
                        .MarkOptedOutByProviderAsync(message.ToPhone, message.Channel, result.ErrorCode, ct);
                    await db.SaveChangesAsync(CancellationToken.None);
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

        await SaveAsync(db, message, accepted);
    }

    /// <summary>
    /// One UPDATE of the text dispatch wrote (template or AI, channel, template variables) with what the provider
    /// said, rather than reading the row and writing all of it back: a send is the hottest write there is. A status
    /// callback may have got here first (it carries the outbox id), so for an accepted send the database keeps
    /// whichever status is further on, and the SID it has when the answer carried none; the UPDATE reads the row as
    /// it is when it runs, so there is no gap between a read and the write for a callback to fall into.
    /// </summary>
    private static async Task SaveAsync(ICrmDbContext db, OutboundMessage message, OutboundStatus? accepted)
    {
        var status = message.Status;
        var sid = message.ProviderSid;
        // Statuses a callback may already have recorded that an accepted send must not overwrite.
        var further = accepted is { } next
            ? Enum.GetValues<OutboundStatus>().Where(s => s != OutboundStatus.Dispatching && !s.CanMoveTo(next)).ToList()
            : [];
        await db.OutboundMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
            s =>
            {
                s.SetProperty(m => m.Body, message.Body)
                    .SetProperty(m => m.TemplateValues, message.TemplateValues)
                    .SetProperty(m => m.Channel, message.Channel)
                    .SetProperty(m => m.SentVia, message.SentVia)
                    .SetProperty(m => m.ContentSid, message.ContentSid)
                    .SetProperty(m => m.ContentVariables, message.ContentVariables)
                    .SetProperty(m => m.ComposedBy, message.ComposedBy)
                    .SetProperty(m => m.CompositionNote, message.CompositionNote)
                    .SetProperty(m => m.FromAddress, message.FromAddress)
                    .SetProperty(m => m.WhatsAppWindowClosed, message.WhatsAppWindowClosed)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null)
                    .SetProperty(m => m.ErrorCode, message.ErrorCode)
                    .SetProperty(m => m.ErrorMessage, message.ErrorMessage)
                    .SetProperty(m => m.DueAt, message.DueAt)
                    .SetProperty(m => m.StatusUpdatedAt, message.StatusUpdatedAt);
                if (accepted is null)
                {
                    s.SetProperty(m => m.Status, status);
                    return;
                }

                s.SetProperty(m => m.Status, m => m.ProviderSid != null && further.Contains(m.Status) ? m.Status : status)
                    .SetProperty(m => m.ProviderSid, m => sid ?? m.ProviderSid)
                    .SetProperty(m => m.SentAt, message.SentAt);
            },
            CancellationToken.None);
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
