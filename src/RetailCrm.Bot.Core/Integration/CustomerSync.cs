using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Integration;

/// <summary>Customers from the store's own systems: one per phone, however it is written, the same as the bot's.</summary>
public sealed partial class CustomerSync(
    ICrmDbContext db,
    CustomerDirectory directory,
    PhoneNumberNormalizer phones,
    IntegrationWrite write,
    StoreClock clock,
    ILogger<CustomerSync> logger)
{
    public const int MaxSourceLength = 120;
    public const int MaxNameLength = 120;

    public async Task<Written<CustomerView>> GetAsync(string phone, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (errors.Phone("phone", phone, phones) is not { } e164)
        {
            return Written.Refused<CustomerView>(IntegrationError.Invalid(errors));
        }

        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Phone == e164, ct);
        return customer is null
            ? Written.Refused<CustomerView>(IntegrationError.NotFound("Customer not found", "No customer has that phone number."))
            : Written.Ok(View(customer));
    }

    /// <summary>
    /// Creates or updates the customer. Consent is written down (a <see cref="ConsentEvent"/>) only when it changes, so
    /// the same PUT sent twice leaves one event. Consent to offers is never granted to someone who sent STOP: only
    /// they can undo that, by sending START (409).
    /// </summary>
    public async Task<Written<CustomerView>> PutAsync(string phone, CustomerPut body, CancellationToken ct)
    {
        // The path's phone first, alone: without it there is no customer to check the rest against.
        var errors = new FieldErrors();
        if (errors.Phone("phone", phone, phones) is not { } e164)
        {
            return Written.Refused<CustomerView>(IntegrationError.Invalid(errors));
        }

        var name = errors.Optional("name", body.Name, MaxNameLength);
        var consent = body.MarketingConsent;
        string? source = null;
        DateTime? at = null;
        if (consent is not null)
        {
            if (consent.Granted is null)
            {
                errors.Add("marketingConsent.granted", "is required (true or false).");
            }

            source = errors.Required("marketingConsent.source", consent.Source, MaxSourceLength);
            at = errors.Past("marketingConsent.at", consent.At, clock.UtcNow);
        }

        if (errors.Any)
        {
            return Written.Refused<CustomerView>(IntegrationError.Invalid(errors));
        }

        return await write.RunAsync(async () =>
        {
            var customer = await directory.FindOrCreateAsync(e164, ct);
            var created = customer.Id == 0;
            if (name is not null)
            {
                customer.Name = name;
            }

            if (consent is { Granted: { } granted })
            {
                if (granted && customer.IsOptedOut)
                {
                    return Written.Refused<CustomerView>(IntegrationError.Conflict(
                        "Customer opted out",
                        "The customer sent STOP, so offers cannot be switched on for them from here; they can send START to the store's number."));
                }

                Consent(customer, granted, source!, at!.Value);
            }

            LogPut(logger, new MaskedPhone(e164), created);
            return Written.Ok(View(customer), created);
        }, ct);
    }

    private void Consent(Customer customer, bool granted, string source, DateTime at)
    {
        if (granted == customer.MarketingConsentAt is not null)
        {
            return; // as it is already: a replay, or a system resending its whole record
        }

        customer.MarketingConsentAt = granted ? at : null;
        db.ConsentEvents.Add(new ConsentEvent
        {
            Customer = customer,
            Phone = customer.Phone,
            Change = granted ? ConsentChange.MarketingOptIn : ConsentChange.MarketingOptOut,
            Source = ConsentSource.Api,
            Origin = source,
            OccurredAt = at,
        });
        LogConsent(logger, new MaskedPhone(customer.Phone), granted, source);
    }

    public static CustomerView View(Customer customer) => new(
        customer.Phone,
        customer.Name,
        customer.LoyaltyPoints,
        new MarketingConsentView(customer.MarketingConsentAt is not null, ApiValues.Time(customer.MarketingConsentAt)),
        customer.IsOptedOut,
        ApiValues.Time(customer.OptedOutAt),
        ApiValues.Time(customer.CreatedAt));

    [LoggerMessage(Level = LogLevel.Information, Message = "Integration API put customer {Phone} (created: {Created})")]
    private static partial void LogPut(ILogger logger, MaskedPhone phone, bool created);

    [LoggerMessage(Level = LogLevel.Information, Message = "Integration API set marketing consent of {Phone} to {Granted} ({Origin})")]
    private static partial void LogConsent(ILogger logger, MaskedPhone phone, bool granted, string origin);
}
