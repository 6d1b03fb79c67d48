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
            Description = StoredText.Fit(description, StoredText.FreeTextLength),
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

    /// <summary>How a follow-up reads in a list: the item asked about, or what a return request said and how to answer it.</summary>
    public static string FollowUpText(Inquiry inquiry) =>
        inquiry.Source == InquirySource.ReturnRequest
            ? $"return request #{inquiry.Id}: \"{(inquiry.Description.Length <= 120 ? inquiry.Description : inquiry.Description[..120] + "…")}\" (answer with: reply {Phones.PhoneNumberNormalizer.Display(inquiry.Customer!.Phone)} <message>)"
            : Catalog.ProductKeys.Describe(inquiry.Description, null, inquiry.Size);

    /// <summary>Staff answered a shopper: their open return request is dealt with and leaves the follow-ups.</summary>
    public async Task<int> AnswerReturnRequestsAsync(int customerId, CancellationToken ct)
    {
        var open = await db.Inquiries
            .Where(i => i.CustomerId == customerId && i.Source == InquirySource.ReturnRequest && i.Status == InquiryStatus.Open)
            .ToListAsync(ct);
        foreach (var request in open)
        {
            request.Status = InquiryStatus.Answered;
            request.ClosedAt = clock.UtcNow;
        }

        return open.Count;
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
            .Where(i => i.CustomerId == customer.Id && i.Status == InquiryStatus.Open && i.Source != InquirySource.ReturnRequest)
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

    /// <summary>
    /// Open inquiries due for a follow-up by the given store-local date, for one staff member (theirs, and the
    /// return requests that are everyone's) or for everyone.
    /// </summary>
    public Task<List<Inquiry>> DueAsync(DateOnly by, int? staffMemberId, CancellationToken ct) =>
        db.Inquiries
            .Include(i => i.Customer)
            .Where(i => i.Status == InquiryStatus.Open && i.FollowUpOn != null && i.FollowUpOn <= by)
            .Where(i => staffMemberId == null || i.StaffMemberId == staffMemberId || (i.StaffMemberId == null && i.Source == InquirySource.ReturnRequest))
            .OrderBy(i => i.FollowUpOn)
            .ThenBy(i => i.Id)
            .Take(20)
            .ToListAsync(ct);
}
