using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Complaints;

public sealed class ComplaintService(ICrmDbContext db, StoreClock clock)
{
    /// <summary>Opens a complaint and saves it at once, because the reply has to quote its number.</summary>
    public async Task<Complaint> OpenAsync(Customer customer, string text, ComplaintSource source, CancellationToken ct)
    {
        var complaint = new Complaint
        {
            Customer = customer,
            Text = StoredText.Fit(text, StoredText.FreeTextLength),
            Source = source,
            CreatedAt = clock.UtcNow,
        };
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(ct);
        return complaint;
    }

    public async Task<ResolveOutcome> ResolveAsync(int id, string resolvedBy, CancellationToken ct)
    {
        var complaint = await db.Complaints.FindAsync([id], ct);
        if (complaint is null)
        {
            return ResolveOutcome.NotFound;
        }

        if (complaint.Status == ComplaintStatus.Resolved)
        {
            return ResolveOutcome.AlreadyResolved;
        }

        complaint.Status = ComplaintStatus.Resolved;
        complaint.ResolvedAt = clock.UtcNow;
        complaint.ResolvedBy = resolvedBy;
        return ResolveOutcome.Resolved;
    }
}

public enum ResolveOutcome
{
    NotFound,
    AlreadyResolved,
    Resolved,
}
