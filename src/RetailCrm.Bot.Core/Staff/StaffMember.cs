using RetailCrm.Bot.Core.Messaging;

namespace RetailCrm.Bot.Core.Staff;

/// <summary>Someone who works in the store. Owners come from configuration; staff live here.</summary>
public sealed class StaffMember
{
    public int Id { get; set; }

    /// <summary>E.164, unique.</summary>
    public required string Phone { get; set; }

    public required string Name { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime AddedAt { get; set; }

    public DateTime? RemovedAt { get; set; }

    /// <summary>Where alerts for this person go: the channel they last wrote on.</summary>
    public MessageChannel? LastChannel { get; set; }
}
