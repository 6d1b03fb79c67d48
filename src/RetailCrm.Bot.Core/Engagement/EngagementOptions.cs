using System.ComponentModel.DataAnnotations;

namespace RetailCrm.Bot.Core.Engagement;

/// <summary>
/// The <c>Engagement</c> section: who counts as lapsed, VIP or new, and the rules every proactive message
/// obeys (quiet hours, a daily cap, cooldowns, when check-ins and the owner's summary go out).
/// </summary>
public sealed class EngagementOptions
{
    public const string SectionName = "Engagement";

    /// <summary>A customer with no purchase or message for longer than this is inactive.</summary>
    public TimeSpan InactiveAfter { get; set; } = TimeSpan.FromDays(60);

    /// <summary>Customers who have spent at least this much in total are the "vip" segment.</summary>
    [Range(0, 100_000_000)]
    public decimal VipMinimumSpend { get; set; } = 10_000m;

    /// <summary>Customers who joined within this long are the "new" segment.</summary>
    public TimeSpan NewCustomerWithin { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long after a purchase the check-in ("how is your kurta?") goes out.</summary>
    public TimeSpan PostPurchaseCheckInAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>At most one re-engagement offer per customer in this long.</summary>
    public TimeSpan OfferCooldown { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The offer a lapsed customer is sent.</summary>
    [Required, MaxLength(300)]
    public string ReEngagementOffer { get; set; } = "10% off your next visit, just show this message at the counter";

    /// <summary>At most this many proactive messages (not replies) per customer per store day.</summary>
    [Range(1, 50)]
    public int MaxProactivePerDay { get; set; } = 2;

    /// <summary>When proactive messages wait for the morning, in store time. Start = End turns quiet hours off.</summary>
    public QuietHoursOptions QuietHours { get; set; } = new();

    /// <summary>
    /// How long after a proactive message (an offer, an alert, a check-in...) a reply, an opt-out or a purchase by its
    /// recipient counts toward that message's results. From an hour to 90 days.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "90.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Engagement:AttributionWindow must be a duration from 01:00:00 to 90.00:00:00, such as 7.00:00:00.")]
    public TimeSpan AttributionWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>When the owners' daily summary goes out, in store time.</summary>
    public TimeOnly DailySummaryAt { get; set; } = new(20, 0);

    /// <summary>When staff get the day's follow-ups, in store time.</summary>
    public TimeOnly FollowUpsAt { get; set; } = new(9, 30);
}

public sealed class QuietHoursOptions
{
    public TimeOnly Start { get; set; } = new(21, 0);

    public TimeOnly End { get; set; } = new(9, 0);

    public bool IsOff => Start == End;

    /// <summary>Whether a store-local time falls inside quiet hours (which may wrap past midnight).</summary>
    public bool Contains(TimeOnly time) =>
        !IsOff && (Start < End ? time >= Start && time < End : time >= Start || time < End);
}
