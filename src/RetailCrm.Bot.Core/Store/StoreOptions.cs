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

    /// <summary>A map link sent with the address (Google Maps, for example).</summary>
    [MaxLength(300), Url]
    public string? MapsUrl { get; set; }

    /// <summary>The number shoppers can call, as people should see it ("+91 20 4000 1234").</summary>
    [MaxLength(40)]
    public string? Phone { get; set; }

    /// <summary>
    /// Opening hours per weekday: <c>{"Mon": "10:00-21:00", ..., "Sun": "closed"}</c>. <c>Daily</c> sets every day
    /// not named. See <see cref="StoreHours"/>.
    /// </summary>
    public Dictionary<string, string> OpeningHours { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What a shopper who wants to return or exchange something is told ("Exchange within 7 days with the bill...").</summary>
    [MaxLength(500)]
    public string? ReturnPolicy { get; set; }

    /// <summary>The facts shoppers ask about that are not set: the bot hands those questions to the team.</summary>
    public IEnumerable<string> UnsetFacts()
    {
        if (string.IsNullOrWhiteSpace(Address))
        {
            yield return $"{SectionName}:{nameof(Address)}";
        }

        if (string.IsNullOrWhiteSpace(Phone))
        {
            yield return $"{SectionName}:{nameof(Phone)}";
        }

        if (OpeningHours.Count == 0)
        {
            yield return $"{SectionName}:{nameof(OpeningHours)}";
        }

        if (string.IsNullOrWhiteSpace(ReturnPolicy))
        {
            yield return $"{SectionName}:{nameof(ReturnPolicy)}";
        }
    }
}
