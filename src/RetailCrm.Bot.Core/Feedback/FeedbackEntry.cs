using RetailCrm.Bot.Core.Customers;

namespace RetailCrm.Bot.Core.Feedback;

/// <summary>A 1-5 rating a shopper gave, with their words.</summary>
public sealed class FeedbackEntry
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public int Rating { get; set; }

    public string? Comment { get; set; }

    /// <summary>The purchase it is about, when it answers a check-in.</summary>
    public int? PurchaseId { get; set; }

    public DateTime CreatedAt { get; set; }
}
