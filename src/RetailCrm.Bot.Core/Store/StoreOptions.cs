using System.ComponentModel.DataAnnotations;

namespace RetailCrm.Bot.Core.Store;

/// <summary>The store the bot speaks for. Bound from the <c>Store</c> section.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>Shown to shoppers in greetings, HELP and opt-out replies.</summary>
    [Required, MaxLength(80)]
    public string Name { get; set; } = "Our Store";

    /// <summary>Phone numbers (any common spelling) that get the owner role.</summary>
    public string[] OwnerPhones { get; set; } = [];

    /// <summary>ISO 3166 region used to read numbers written without a country code.</summary>
    [Required]
    public string DefaultRegion { get; set; } = "IN";

    /// <summary>IANA time zone id; "today", quiet hours and summaries are in this zone.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Kolkata";

    /// <summary>How money and dates are written in replies (en-IN: ₹2,499 and lakh grouping).</summary>
    [Required]
    public string Culture { get; set; } = "en-IN";

    /// <summary>The store's own website: the only link a model-written message may contain.</summary>
    [MaxLength(200)]
    public string? Website { get; set; }

    /// <summary>Answered when a shopper asks where the store is.</summary>
    [MaxLength(300)]
    public string? Address { get; set; }

    /// <summary>Answered when a shopper asks when the store is open ("Mon-Sat 10am-9pm, Sun 11am-7pm").</summary>
    [MaxLength(200)]
    public string? OpeningHours { get; set; }
}
