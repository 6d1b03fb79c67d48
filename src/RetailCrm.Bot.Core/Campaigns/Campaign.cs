namespace RetailCrm.Bot.Core.Campaigns;

/// <summary>An offer an owner sends to a segment of customers; nothing goes out until they confirm it.</summary>
public sealed class Campaign
{
    public int Id { get; set; }

    public required string Segment { get; set; }

    public required string Text { get; set; }

    public CampaignStatus Status { get; set; } = CampaignStatus.AwaitingConfirmation;

    /// <summary>E.164 of the owner who created it.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>How many customers were in the segment when the owner confirmed.</summary>
    public int RecipientCount { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    /// <summary>When its messages were put in the outbox (by the campaign job, after confirmation).</summary>
    public DateTime? QueuedAt { get; set; }
}

public enum CampaignStatus
{
    AwaitingConfirmation,
    /// <summary>The owner said YES; the campaign job queues the messages.</summary>
    Confirmed,

    /// <summary>Every recipient's message is in the outbox.</summary>
    Queued,
    Cancelled,
}
