using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Engagement;

/// <summary>
/// Queues the messages the bot sends without being asked. Each has an idempotency key per kind, recipient and
/// subject, so a job that runs twice, or on two instances, queues it once; the sending policy decides at send
/// time whether, when and how it goes out.
/// </summary>
public sealed class ProactiveMessages(ICrmDbContext db, Outbox outbox, IMessageComposer composer, IOptions<StoreOptions> store)
{
    /// <summary>Queues a message to a customer on the channel they last used; false if that key was queued before.</summary>
    public async Task<bool> QueueAsync(
        Customer customer,
        string kind,
        MessagePurpose purpose,
        string idempotencyKey,
        IDictionary<string, string> values,
        CancellationToken ct,
        MessageChannel? channel = null)
    {
        values.TryAdd("name", FirstName(customer));
        return await QueueToAsync(customer.Phone, channel ?? customer.LastChannel ?? MessageChannel.Sms, customer, kind, purpose, idempotencyKey, values, ct);
    }

    /// <summary>Queues a message to any phone (staff and owners too).</summary>
    public async Task<bool> QueueToAsync(
        string phone,
        MessageChannel channel,
        Customer? customer,
        string kind,
        MessagePurpose purpose,
        string? idempotencyKey,
        IDictionary<string, string> values,
        CancellationToken ct)
    {
        if (idempotencyKey is not null
            && (db.OutboundMessages.Local.Any(m => m.IdempotencyKey == idempotencyKey)
                || await db.OutboundMessages.AnyAsync(m => m.IdempotencyKey == idempotencyKey, ct)))
        {
            return false;
        }

        values.TryAdd("store", store.Value.Name);
        var body = await composer.ComposeAsync(kind, values.AsReadOnly(), ct);
        var message = outbox.Queue(phone, channel, body, kind, purpose, customer, idempotencyKey: idempotencyKey);
        message.TemplateValues = JsonSerializer.Serialize(values);
        return true;
    }

    /// <summary>"Priya" from "Priya Sharma"; "friend" when we do not know it ("Good news, friend!").</summary>
    public static string FirstName(Customer customer) =>
        customer.DisplayName?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "friend";
}
