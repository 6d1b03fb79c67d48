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
public sealed class FeedbackRatingHandler(ICrmDbContext db, ComplaintService complaints, TeamNotifier team, StoreClock clock)
    : IIntentHandler<FeedbackRatingHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.FeedbackRating, Role.Shopper)
    {
        Slots = [SlotRequirement.Required(SlotTypes.Rating)],
        ShopperOnly = true,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var rating = recognition.Get(SlotTypes.Rating)!.Value;
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
            Comment = StoredText.Fit(turn.Text, StoredText.FreeTextLength),
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
            turn.Say("feedback_rating.sorry", ("id", complaint.Id));
            return;
        }

        turn.Say(rating == 3 ? "feedback_rating.thanks_average" : customer.DisplayName is null ? "feedback_rating.thanks" : "feedback_rating.thanks_named",
            ("name", customer.DisplayName));
    }
}
