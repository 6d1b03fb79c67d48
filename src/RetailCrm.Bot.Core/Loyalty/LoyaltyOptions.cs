using System.ComponentModel.DataAnnotations;

namespace RetailCrm.Bot.Core.Loyalty;

/// <summary>The points rule, from the <c>Loyalty</c> section: one point per <see cref="AmountPerPoint"/> spent.</summary>
public sealed class LoyaltyOptions
{
    public const string SectionName = "Loyalty";

    /// <summary>Spend that earns one point (default ₹100).</summary>
    [Range(0.01, 1_000_000)]
    public decimal AmountPerPoint { get; set; } = 100m;

    public int PointsFor(decimal amount) => amount <= 0 ? 0 : (int)Math.Floor(amount / AmountPerPoint);
}
