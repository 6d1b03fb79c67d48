namespace RetailCrm.Bot.Core.Messaging.Consent;

/// <summary>One change of someone's consent: the audit trail a regulator (or the shopper) can ask for.</summary>
public sealed class ConsentEvent
{
    public long Id { get; set; }

    /// <summary>Null when the person is staff or an owner rather than a customer.</summary>
    public int? CustomerId { get; set; }

    public Customers.Customer? Customer { get; set; }

    /// <summary>E.164 of the person whose consent changed.</summary>
    public required string Phone { get; set; }

    public ConsentChange Change { get; set; }

    public MessageChannel? Channel { get; set; }

    /// <summary>The word that caused it ("STOP", "UNSTOP"), or the provider error code.</summary>
    public string? Keyword { get; set; }

    public ConsentSource Source { get; set; }

    /// <summary>Where the store's system says the consent was given or withdrawn ("pos_signup", "web_checkout"), for <see cref="ConsentSource.Api"/>.</summary>
    public string? Origin { get; set; }

    public DateTime OccurredAt { get; set; }
}

public enum ConsentChange
{
    /// <summary>No more messages of any purpose (STOP).</summary>
    OptOut,

    /// <summary>Messages allowed again (START).</summary>
    OptIn,

    /// <summary>Offers allowed ("send me offers").</summary>
    MarketingOptIn,

    /// <summary>No more offers, other messages still allowed ("stop sending offers").</summary>
    MarketingOptOut,
}

public enum ConsentSource
{
    /// <summary>The person sent a keyword and the bot acted on it.</summary>
    Keyword,

    /// <summary>Twilio's Advanced Opt-Out handled the keyword and told us through <c>OptOutType</c>.</summary>
    ProviderOptOutHandling,

    /// <summary>The provider refused to send because the recipient opted out (its code is the keyword).</summary>
    ProviderError,

    /// <summary>The store's own system reported it through the integration API, with its <see cref="ConsentEvent.Origin"/> and time.</summary>
    Api,
}
