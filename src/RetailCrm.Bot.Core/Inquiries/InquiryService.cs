using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Inquiries;

public sealed class InquiryService(ICrmDbContext db, StoreClock clock)
{
    public Inquiry Log(
        Customer customer, string description, string? productKey, string? color, string? size,
        InquirySource source, int? staffMemberId, DateOnly? followUpOn)
    {
        var inquiry = new Inquiry
        {
            Customer = customer,
            Description = description.Length > 1000 ? description[..1000] : description,
            ProductKey = productKey,
            Color = color,
            Size = size,
            Source = source,
            StaffMemberId = staffMemberId,
            FollowUpOn = followUpOn,
            CreatedAt = clock.UtcNow,
        };
        db.Inquiries.Add(inquiry);
        return inquiry;
    }

    /// <summary>
    /// A sale converts the customer's open inquiries for that item, or, when the sale does not say what was
    /// bought, their most recent open inquiry.
    /// </summary>
    public async Task<int> ConvertAsync(Customer customer, string? productKey, CancellationToken ct)
    {
        if (customer.Id == 0)
        {
            return 0;
        }

        var open = await db.Inquiries
            .Where(i => i.CustomerId == customer.Id && i.Status == InquiryStatus.Open)
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(ct);
        var converted = productKey is null
            ? open.Take(1).ToList()
            : open.Where(i => i.ProductKey is not null && (i.ProductKey == productKey || Catalog.ProductKeys.IsCloseTo(i.ProductKey, productKey))).ToList();
        foreach (var inquiry in converted)
        {
            inquiry.Status = InquiryStatus.Converted;
            inquiry.ClosedAt = clock.UtcNow;
        }

        return converted.Count;
    }

    /// <summary>Open inquiries due for a follow-up by the given store-local date, for one staff member or everyone.</summary>
    public Task<List<Inquiry>> DueAsync(DateOnly by, int? staffMemberId, CancellationToken ct) =>
        db.Inquiries
            .Include(i => i.Customer)
            .Where(i => i.Status == InquiryStatus.Open && i.FollowUpOn != null && i.FollowUpOn <= by)
            .Where(i => staffMemberId == null || i.StaffMemberId == staffMemberId)
            .OrderBy(i => i.FollowUpOn)
            .ThenBy(i => i.Id)
            .Take(20)
            .ToListAsync(ct);
}
