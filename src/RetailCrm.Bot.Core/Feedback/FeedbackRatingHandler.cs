using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Complaints;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Feedback;

/// <summary>
/// A 1-5 rating. It is stored against the shopper's latest purchase when there is a recent one; a 1 or 2
/// opens a complaint and alerts the team, because an unhappy customer needs a person, not a thank-you.
/// </summary>
public sealed class FeedbackRatingHandler(ICrmDbContext db, ComplaintService complaints, TeamNotifier team, StoreClock clock) : IIntentHandler
{
    public string Intent => Intents.FeedbackRating;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        if (!int.TryParse(recognition.Slot(Slots.Rating), NumberStyles.None, CultureInfo.InvariantCulture, out var rating) || rating is < 1 or > 5)
        {
            turn.Ask(recognition, Slots.Rating, "How would you rate us, from 1 (bad) to 5 (great)?");
            return;
        }

        var customer = turn.Sender.Customer!;
        var since = clock.UtcNow.AddDays(-30);
        var purchaseId = customer.Id == 0
            ? null
            : await db.Purchases.Where(p => p.CustomerId == customer.Id && p.PurchasedAt >= since)
                .OrderByDescending(p => p.PurchasedAt).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        db.Feedback.Add(new FeedbackEntry
        {
            Customer = customer,
            Rating = rating,
            Comment = turn.Text.Length > 1000 ? turn.Text[..1000] : turn.Text,
            PurchaseId = purchaseId,
            CreatedAt = clock.UtcNow,
        });

        if (rating <= 2)
        {
            var complaint = await complaints.OpenAsync(customer, $"Rated us {rating}/5: {turn.Text}", ComplaintSource.LowRating, ct);
            await team.NotifyAsync(
                $"{CustomerNames.Who(customer)} rated us {rating}/5 (complaint #{complaint.Id}). Please call them. When it's sorted: resolve complaint {complaint.Id}",
                customer.Phone,
                ct);
            turn.Reply($"I'm sorry we let you down. I've passed this to our team as complaint #{complaint.Id} and someone will contact you soon.");
            return;
        }

        turn.Reply(rating == 3
            ? "Thank you for the rating! If there's anything we could do better, just tell me here."
            : $"Thank you{(customer.DisplayName is { } n ? ", " + n : "")}! We're glad you liked it. See you again soon!");
    }
}
