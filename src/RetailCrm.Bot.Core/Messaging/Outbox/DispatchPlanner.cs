using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging.Policy;

namespace RetailCrm.Bot.Core.Messaging.Outbox;

/// <summary>A claimed message the policy lets go out, ready for its send slot.</summary>
public sealed record PlannedSend(OutboundMessage Message, Customer? Customer);

/// <summary>
/// Decides a claimed batch: reads the messages and everything the sending policy needs about their recipients in
/// a few set-based queries, writes the text of messages composed at dispatch, applies the policy, and records the
/// holds and skips in one statement per reason. What may go out is returned, replies first.
/// </summary>
public sealed partial class DispatchPlanner(
    IServiceScopeFactory scopes,
    SendingPolicy policy,
    ITemplateResolver templates,
    IMessageComposer composer,
    Store.StoreClock clock,
    TimeProvider time,
    ILogger<DispatchPlanner> logger)
{
    public async Task<List<PlannedSend>> PlanAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
        // One connection for the batch's reads and writes (see InboxProcessor: an open is not free).
        await db.Database.OpenConnectionAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var messages = await db.OutboundMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(ct);
        var facts = await RecipientFacts.ReadAsync(db, messages, clock, now, ct);

        var sends = new List<PlannedSend>();
        var written = new HashSet<OutboundMessage>();
        var holds = new List<(OutboundMessage Message, DelayDecision Delay)>();
        var skips = new List<(OutboundMessage Message, string Reason)>();
        foreach (var message in messages.OrderBy(m => m.Purpose == MessagePurpose.Reply ? 0 : 1).ThenBy(m => m.DueAt).ThenBy(m => m.Id))
        {
            var customer = message.CustomerId is { } id ? facts.Customers.GetValueOrDefault(id) : null;
            if (message.Body.Length == 0)
            {
                if (customer is null)
                {
                    skips.Add((message, "no_customer")); // erased since it was queued
                    continue;
                }

                await WriteTextAsync(message, customer, ct);
                written.Add(message);
            }

            switch (policy.Decide(facts.PolicyInput(message, customer, templates, now)))
            {
                case DelayDecision delay:
                    holds.Add((message, delay));
                    LogDelayed(logger, message.Id, message.Kind, delay.Reason, delay.UntilUtc);
                    break;
                case SkipDecision skip:
                    skips.Add((message, skip.Reason));
                    LogSkipped(logger, message.Id, message.Kind, skip.Reason);
                    break;
                case SendDecision send:
                    Prepare(message, send);
                    facts.Counted(message);
                    sends.Add(new PlannedSend(message, customer));
                    break;
            }
        }

        await HoldAsync(db, holds, ct);
        await SkipAsync(db, skips, now, ct);
        await KeepTextAsync(db, sends.Select(s => s.Message).Where(written.Contains).ToList());
        return sends;
    }

    /// <summary>
    /// The text written here is stored before it is sent (one batched round trip): if this instance dies mid-send,
    /// the one that takes the row over asks Twilio for exactly this text.
    /// </summary>
    private static async Task KeepTextAsync(ICrmDbContext db, List<OutboundMessage> messages)
    {
        if (messages.Count == 0)
        {
            return;
        }

        foreach (var message in messages)
        {
            var entry = db.OutboundMessages.Attach(message);
            entry.Property(m => m.Body).IsModified = true;
            entry.Property(m => m.TemplateValues).IsModified = true;
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>A fanned-out message's text: its kind's template with the shared values and the recipient's name.</summary>
    private async Task WriteTextAsync(OutboundMessage message, Customer customer, CancellationToken ct)
    {
        var values = message.TemplateValues is { } json ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [] : [];
        values["name"] = ProactiveMessages.FirstName(customer);
        message.Body = StoredText.Fit(await composer.ComposeAsync(message.Kind, values.AsReadOnly(), ct), 4096);
        message.TemplateValues = JsonSerializer.Serialize(values);
    }

    private void Prepare(OutboundMessage message, SendDecision send)
    {
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
    }

    /// <summary>Held for the morning or tomorrow's allowance: pending again, and not counted as an attempt.</summary>
    private static async Task HoldAsync(ICrmDbContext db, List<(OutboundMessage Message, DelayDecision Delay)> holds, CancellationToken ct)
    {
        foreach (var group in holds.GroupBy(h => h.Delay))
        {
            var ids = group.Select(h => h.Message.Id).ToList();
            await db.OutboundMessages
                .Where(m => ids.Contains(m.Id) && m.Status == OutboundStatus.Dispatching)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Status, OutboundStatus.Pending)
                        .SetProperty(m => m.LockedUntil, (DateTime?)null)
                        .SetProperty(m => m.Attempts, m => m.Attempts - 1)
                        .SetProperty(m => m.DueAt, group.Key.UntilUtc)
                        .SetProperty(m => m.DelayReason, group.Key.Reason)
                        .SetProperty(m => m.DelayCount, m => m.DelayCount + 1),
                    CancellationToken.None);
        }
    }

    private static async Task SkipAsync(ICrmDbContext db, List<(OutboundMessage Message, string Reason)> skips, DateTime now, CancellationToken ct)
    {
        foreach (var group in skips.GroupBy(s => s.Reason, StringComparer.Ordinal))
        {
            var ids = group.Select(s => s.Message.Id).ToList();
            await db.OutboundMessages
                .Where(m => ids.Contains(m.Id) && m.Status == OutboundStatus.Dispatching)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Status, OutboundStatus.Skipped)
                        .SetProperty(m => m.LockedUntil, (DateTime?)null)
                        .SetProperty(m => m.SkipReason, group.Key)
                        .SetProperty(m => m.StatusUpdatedAt, now),
                    CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound {OutboundId} ({Kind}) held back ({Reason}) until {DueAt:o}")]
    private static partial void LogDelayed(ILogger logger, long outboundId, string kind, string reason, DateTime dueAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound {OutboundId} ({Kind}) not sent: {Reason}")]
    private static partial void LogSkipped(ILogger logger, long outboundId, string kind, string reason);
}
