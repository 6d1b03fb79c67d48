using RetailCrm.Bot.Core.Customers;

namespace RetailCrm.Bot.Core.Notes;

/// <summary>Something staff want to remember about a customer ("prefers cotton", "wedding in December").</summary>
public sealed class CustomerNote
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public required string Text { get; set; }

    /// <summary>E.164 of the staff member or owner who wrote it.</summary>
    public required string AuthorPhone { get; set; }

    public DateTime CreatedAt { get; set; }
}
