using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging.Policy;

namespace RetailCrm.Bot.Core.Messaging.Outbox;

/// <summary>
/// What the sending policy needs to know about a batch's recipients, read fresh for every batch in at most three
/// queries however many messages it holds.
/// </summary>
internal sealed class RecipientFacts
{
    private readonly Dictionary<int, int> _proactiveSentToday;
    private readonly Dictionary<string, DateTime> _teamWhatsAppWindows;

    private RecipientFacts(Dictionary<int, Customer> customers, Dictionary<int, int> proactiveSentToday, Dictionary<string, DateTime> teamWhatsAppWindows)
    {
        Customers = customers;
        _proactiveSentToday = proactiveSentToday;
        _teamWhatsAppWindows = teamWhatsAppWindows;
    }

    public Dictionary<int, Customer> Customers { get; }

    public static async Task<RecipientFacts> ReadAsync(ICrmDbContext db, List<OutboundMessage> messages, Store.StoreClock clock, DateTime now, CancellationToken ct)
    {
        var customerIds = messages.Where(m => m.CustomerId is not null).Select(m => m.CustomerId!.Value).Distinct().ToList();
        var customers = customerIds.Count == 0
            ? []
            : await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);

        var proactiveTo = messages.Where(m => m.Purpose != MessagePurpose.Reply && m.CustomerId is not null).Select(m => m.CustomerId).Distinct().ToList();
        var startOfDay = clock.ToUtc(DateOnly.FromDateTime(clock.ToLocal(now)).ToDateTime(TimeOnly.MinValue));
        var sentToday = proactiveTo.Count == 0
            ? []
            : await db.OutboundMessages
                .Where(m => proactiveTo.Contains(m.CustomerId) && m.Purpose != MessagePurpose.Reply && m.SentAt >= startOfDay)
                .GroupBy(m => m.CustomerId!.Value)
                .Select(g => new { CustomerId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.CustomerId, g => g.Count, ct);

        // Staff and owners have no customer record; WhatsApp's window applies to them as to anyone.
        var teamPhones = messages.Where(m => m.CustomerId is null && m.Channel == MessageChannel.WhatsApp).Select(m => m.ToPhone).Distinct().ToList();
        var teamWindows = teamPhones.Count == 0
            ? []
            : await db.InboundMessages
                .Where(m => teamPhones.Contains(m.FromPhone) && m.Channel == MessageChannel.WhatsApp)
                .GroupBy(m => m.FromPhone)
                .Select(g => new { Phone = g.Key, Last = g.Max(m => m.ReceivedAt) })
                .ToDictionaryAsync(g => g.Phone, g => g.Last, StringComparer.Ordinal, ct);

        return new RecipientFacts(customers, sentToday, teamWindows);
    }

    public PolicyInput PolicyInput(OutboundMessage message, Customer? customer, ITemplateResolver templates, DateTime now)
    {
        var templateKnown = templates.IsKnown(message.Kind);
        var templateAvailable = templateKnown && templates.TryResolve(message.Kind, message.TemplateValues, out _, out _);
        if (customer is null)
        {
            return new PolicyInput(message, now)
            {
                WhatsAppWindowOpenedAt = _teamWhatsAppWindows.TryGetValue(message.ToPhone, out var opened) ? opened : null,
                TemplateAvailable = templateAvailable,
                TemplateKnown = templateKnown,
                HasSms = true,
            };
        }

        return new PolicyInput(message, now)
        {
            IsCustomer = true,
            OptedOut = customer.IsOptedOut,
            MarketingConsent = customer.MarketingConsentAt is not null,
            ProactiveSentToday = _proactiveSentToday.GetValueOrDefault(customer.Id),
            WhatsAppWindowOpenedAt = customer.WhatsAppWindowOpenedAt,
            TemplateAvailable = templateAvailable,
            TemplateKnown = templateKnown,
            HasSms = customer.SmsSeenAt is not null,
        };
    }

    /// <summary>A proactive message about to go out counts against its customer's daily cap for the rest of the batch.</summary>
    public void Counted(OutboundMessage message)
    {
        if (message.Purpose != MessagePurpose.Reply && message.CustomerId is { } id)
        {
            _proactiveSentToday[id] = _proactiveSentToday.GetValueOrDefault(id) + 1;
        }
    }
}
