using RetailCrm.Bot.Core.Customers;

namespace RetailCrm.Bot.Core.Complaints;

/// <summary>A problem a customer had. The id is short on purpose: staff type "resolve complaint 12".</summary>
public sealed class Complaint
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public required string Text { get; set; }

    public ComplaintSource Source { get; set; }

    public ComplaintStatus Status { get; set; } = ComplaintStatus.Open;

    public DateTime CreatedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    /// <summary>E.164 of whoever resolved it.</summary>
    public string? ResolvedBy { get; set; }
}

public enum ComplaintStatus
{
    Open,
    Resolved,
}

public enum ComplaintSource
{
    /// <summary>The shopper wrote it to the bot.</summary>
    Shopper,

    /// <summary>Staff logged it.</summary>
    Staff,

    /// <summary>A rating of 1 or 2.</summary>
    LowRating,
}
