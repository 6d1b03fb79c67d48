using RetailCrm.Bot.Core.Customers;

namespace RetailCrm.Bot.Core.Inquiries;

/// <summary>
/// Someone asked about an item: logged by staff from the shop floor, or by the bot when a shopper asks in
/// chat. Open until it turns into a sale (converted) or is given up (lost); the follow-up date is when staff
/// should get back to them.
/// </summary>
public sealed class Inquiry
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public string? ProductKey { get; set; }

    /// <summary>What they asked about, as written.</summary>
    public required string Description { get; set; }

    public string? Color { get; set; }

    public string? Size { get; set; }

    public InquirySource Source { get; set; }

    /// <summary>The staff member who logged it (null for owners and for chat).</summary>
    public int? StaffMemberId { get; set; }

    /// <summary>Store-local date to follow up on.</summary>
    public DateOnly? FollowUpOn { get; set; }

    public InquiryStatus Status { get; set; } = InquiryStatus.Open;

    public DateTime CreatedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>When the shopper was told the item they asked about arrived.</summary>
    public DateTime? NudgedAt { get; set; }
}

public enum InquiryStatus
{
    Open,
    Converted,
    Lost,

    /// <summary>Staff answered it ("reply ..."): how a return request is closed.</summary>
    Answered,
}

public enum InquirySource
{
    Staff,
    Chat,

    /// <summary>A shopper asked to return, exchange or get a refund: a follow-up for the whole team until answered.</summary>
    ReturnRequest,
}
