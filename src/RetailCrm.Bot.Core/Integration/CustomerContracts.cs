using System.Text.Json.Serialization;

namespace RetailCrm.Bot.Core.Integration;

/// <summary>
/// <c>PUT /api/v1/customers/{phone}</c>: what the store's system knows about a shopper. A field left out leaves what is
/// stored as it is. Unknown fields are refused, so a misspelt one ("marketing_consent") is a 400, not silently lost.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CustomerPut(string? Name, MarketingConsentPut? MarketingConsent);

/// <summary>The shopper agreed to offers, or withdrew, at <see cref="At"/> through <see cref="Source"/> ("pos_signup").</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record MarketingConsentPut(bool? Granted, string? Source, DateTimeOffset? At);

/// <summary>A customer as the integration API shows them.</summary>
public sealed record CustomerView(
    string Phone,
    string? Name,
    int LoyaltyPoints,
    MarketingConsentView MarketingConsent,
    bool OptedOut,
    DateTime? OptedOutAt,
    DateTime CreatedAt);

/// <summary>Whether offers may be sent, and since when. Opted out (STOP) overrides it: nothing is sent then.</summary>
public sealed record MarketingConsentView(bool Granted, DateTime? At);
