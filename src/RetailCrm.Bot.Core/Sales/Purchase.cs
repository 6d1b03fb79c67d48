using RetailCrm.Bot.Core.Customers;

namespace RetailCrm.Bot.Core.Sales;

/// <summary>A sale to a customer, logged by staff; it earns loyalty points and may convert open inquiries.</summary>
public sealed class Purchase
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public decimal Amount { get; set; }

    /// <summary>What was bought, as staff wrote it ("blue kurta", "2 shirts").</summary>
    public string? Items { get; set; }

    public string? ProductKey { get; set; }

    public int? Quantity { get; set; }

    public int PointsEarned { get; set; }

    public int? StaffMemberId { get; set; }

    public DateTime PurchasedAt { get; set; }

    /// <summary>When the post-purchase check-in was queued; null until then.</summary>
    public DateTime? CheckInQueuedAt { get; set; }

    /// <summary>The order's id in the store's own system, for orders sent through the integration API; unique, so a replayed order is stored once.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The order's lines, for orders sent through the integration API (staff sales have none).</summary>
    public List<PurchaseLine> Lines { get; set; } = [];
}
