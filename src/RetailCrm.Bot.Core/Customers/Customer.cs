using RetailCrm.Bot.Core.Messaging;

namespace RetailCrm.Bot.Core.Customers;

/// <summary>One shopper, found by one E.164 phone number however they or staff write it.</summary>
public sealed class Customer
{
    public int Id { get; set; }

    /// <summary>E.164, unique. The key every channel and every staff message resolves to.</summary>
    public required string Phone { get; set; }

    /// <summary>The name staff gave, or else the WhatsApp profile name.</summary>
    public string? Name { get; set; }

    public string? WhatsAppProfileName { get; set; }

    public MessageChannel? LastChannel { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastInboundAt { get; set; }

    /// <summary>
    /// When the shopper last wrote on WhatsApp: free-form messages are allowed for 24 hours after it,
    /// templates only outside that window.
    /// </summary>
    public DateTime? WhatsAppWindowOpenedAt { get; set; }

    /// <summary>Set by STOP (and its synonyms, or the provider's opted-out refusal); cleared by START. Blocks every proactive message.</summary>
    public DateTime? OptedOutAt { get; set; }

    public bool IsOptedOut => OptedOutAt is not null;

    /// <summary>
    /// When the shopper agreed to receive offers (by asking for them). Marketing messages need this; STOP or
    /// "no more offers" clears it.
    /// </summary>
    public DateTime? MarketingConsentAt { get; set; }

    /// <summary>When the shopper last wrote by SMS: proof the number takes SMS, for falling back from WhatsApp.</summary>
    public DateTime? SmsSeenAt { get; set; }

    /// <summary>Loyalty points earned so far (see <c>Loyalty:AmountPerPoint</c>).</summary>
    public int LoyaltyPoints { get; set; }

    /// <summary>The display name for replies: what staff called them, else their WhatsApp name.</summary>
    public string? DisplayName => Name ?? WhatsAppProfileName;
}
