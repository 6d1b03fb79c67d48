using System.ComponentModel.DataAnnotations;

namespace RetailCrm.Bot.Core.Engagement;

/// <summary>The <c>Engagement</c> section: who counts as lapsed or VIP.</summary>
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
}
