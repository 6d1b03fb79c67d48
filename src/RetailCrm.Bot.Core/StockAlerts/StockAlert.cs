using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging;

namespace RetailCrm.Bot.Core.StockAlerts;

/// <summary>
/// "Tell me when it's back": one customer waiting for an item, optionally in a colour and size. Kept by
/// product key rather than variant, because the item may not be in the catalog yet when they ask.
/// </summary>
public sealed class StockAlert
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public required string ProductKey { get; set; }

    /// <summary>The item as the shopper would recognise it ("Red Saree").</summary>
    public required string ProductName { get; set; }

    public string? Color { get; set; }

    public string? Size { get; set; }

    public StockAlertStatus Status { get; set; } = StockAlertStatus.Waiting;

    /// <summary>The channel the shopper asked on, which the alert goes back on.</summary>
    public MessageChannel Channel { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? NotifiedAt { get; set; }

    public DateTime? CancelledAt { get; set; }
}

public enum StockAlertStatus
{
    Waiting,
    Notified,
    Cancelled,
}
