using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Customers;

/// <summary>Finds the one customer behind an E.164 number, creating them the first time.</summary>
public sealed class CustomerDirectory(ICrmDbContext db, StoreClock clock)
{
    private static readonly PerModel<Func<DbContext, string, CancellationToken, Task<Customer?>>> ByPhone = new(() =>
        EF.CompileAsyncQuery((DbContext db, string phone, CancellationToken ct) => db.Set<Customer>().SingleOrDefault(c => c.Phone == phone)));

    public async Task<Customer?> FindAsync(string phone, CancellationToken ct)
    {
        if (db.Customers.Local.FirstOrDefault(c => c.Phone == phone) is { } known)
        {
            return known;
        }

        var context = db.AsDbContext();
        return await ByPhone.For(context)(context, phone, ct);
    }

    /// <summary>
    /// Returns the customer for <paramref name="phone"/>, adding one to the unit of work if there is none.
    /// The unique index on Phone makes a concurrent duplicate fail at save, and the turn is then retried.
    /// </summary>
    public async Task<Customer> FindOrCreateAsync(string phone, CancellationToken ct)
    {
        var customer = await FindAsync(phone, ct);
        if (customer is not null)
        {
            return customer;
        }

        return Create(phone);
    }

    private Customer Create(string phone)
    {
        var customer = new Customer { Phone = phone, CreatedAt = clock.UtcNow };
        db.Customers.Add(customer);
        return customer;
    }

    /// <summary>
    /// Records what an inbound message tells us: the channel, the WhatsApp name, the 24-hour window. The sender's
    /// customer row (tracked, or null when there is none) was read with the message; a new customer is added to the
    /// unit of work.
    /// </summary>
    public Customer Touch(InboundMessage message, Customer? known)
    {
        var customer = known ?? Create(message.FromPhone);
        customer.LastChannel = message.Channel;
        customer.LastInboundAt = Max(customer.LastInboundAt, message.ReceivedAt);

        if (message.Channel == MessageChannel.Sms)
        {
            customer.SmsSeenAt = Max(customer.SmsSeenAt, message.ReceivedAt);
        }

        if (message.Channel == MessageChannel.WhatsApp)
        {
            customer.WhatsAppWindowOpenedAt = Max(customer.WhatsAppWindowOpenedAt, message.ReceivedAt);
            if (!string.IsNullOrWhiteSpace(message.ProfileName))
            {
                customer.WhatsAppProfileName = message.ProfileName.Trim();
            }
        }

        return customer;
    }

    private static DateTime Max(DateTime? current, DateTime candidate) =>
        current is { } c && c > candidate ? c : candidate;
}
