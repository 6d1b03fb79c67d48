using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Complaints;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.Core.StockAlerts;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Conversations;

/// <summary>Every shopper intent, as a table of message → reply, with the data each one changes.</summary>
public abstract class ShopperConversationTests(Db db) : ConversationTestBase(db)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Store:Address"] = "12 MG Road, Pune",
        ["Store:OpeningHours:Daily"] = "10:00-21:00",
    };

    [Fact]
    public async Task Every_shopper_intent_gets_a_helpful_answer()
    {
        await SeedAsync();

        (string Text, string Expected)[] table =
        [
            ("hi", "Hi Priya! Welcome to Kapoor Fashions"),
            ("help", "what's in stock"),
            ("Do you have the blue kurta in size M?", "Yes! Blue Kurta (size M) is in stock at ₹1,299 (3 available)"),
            ("red saree hai kya?", "we don't have Red Saree right now"),
            ("jab red saree aaye to batana", "I'll message you here as soon as Red Saree is back in stock"),
            ("cancel my alert", "Cancelled your alert for Red Saree"),
            ("mere points kitne hain", "You have 12 points"),
            ("what did I buy", "Blue Kurta – ₹1,299"),
            ("where is your shop", "Kapoor Fashions is at 12 MG Road, Pune."),
            ("talk to a person", "someone will reply here shortly"),
            ("the zip broke after one day", "complaint #"),
            ("5 stars", "We're glad you liked it"),
            ("please stop messaging me", "You're unsubscribed"),
            ("subscribe me again", "You're subscribed to offers from Kapoor Fashions"),
            ("asdfgh qwerty", "Sorry, I didn't catch that"),
        ];

        foreach (var (text, expected) in table)
        {
            var reply = await Chat.AskAsync(Priya, text, profileName: "Priya");
            Assert.True(reply.Contains(expected, StringComparison.Ordinal), $"\"{text}\" → \"{reply}\" (expected \"{expected}\")");
        }

        var priya = await App.QueryAsync(d => d.Customers.AsNoTracking().SingleAsync(c => c.Phone == Priya));
        Assert.Null(priya.OptedOutAt);
        Assert.NotNull(priya.MarketingConsentAt);
        Assert.Equal([ConsentChange.OptOut, ConsentChange.OptIn, ConsentChange.MarketingOptIn],
            await App.QueryAsync(d => d.ConsentEvents.OrderBy(e => e.Id).Select(e => e.Change).ToListAsync()));
        Assert.Equal(StockAlertStatus.Cancelled, await App.QueryAsync(d => d.StockAlerts.Select(a => a.Status).SingleAsync()));
        Assert.Equal(2, await App.QueryAsync(d => d.Inquiries.CountAsync(i => i.Source == InquirySource.Chat)));
        var complaint = await App.QueryAsync(d => d.Complaints.AsNoTracking().SingleAsync());
        Assert.Equal(ComplaintStatus.Open, complaint.Status);
        Assert.Contains("zip broke", complaint.Text, StringComparison.Ordinal);
        Assert.Equal(5, await App.QueryAsync(d => d.Feedback.Select(f => f.Rating).SingleAsync()));

        // The handoff and the complaint reached the staff member and the owner, with Priya's number and words.
        var staffAlerts = Chat.SentTo(StaffPhone).Select(s => s.Body).ToList();
        Assert.Contains(staffAlerts, a => a.Contains("+91 98765 43210", StringComparison.Ordinal) && a.Contains("talk to a person", StringComparison.Ordinal));
        Assert.Contains(staffAlerts, a => a.Contains($"Complaint #{complaint.Id}", StringComparison.Ordinal));
        Assert.Contains(Chat.SentTo(Owner), s => s.Body.Contains("talk to a person", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rating_of_one_opens_a_complaint_and_alerts_the_team()
    {
        var reply = await Chat.AskAsync(Priya, "1 star, very rude staff");

        Assert.Contains("sorry we let you down", reply, StringComparison.OrdinalIgnoreCase);
        var complaint = await App.QueryAsync(d => d.Complaints.AsNoTracking().SingleAsync());
        Assert.Equal(ComplaintSource.LowRating, complaint.Source);
        Assert.Equal(1, await App.QueryAsync(d => d.Feedback.Select(f => f.Rating).SingleAsync()));
        await Chat.WaitUntilSentAsync();
        Assert.Contains(Chat.SentTo(StaffPhone), s => s.Body.Contains("rated us 1/5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_shopper_only_ever_sees_their_own_purchases()
    {
        await SeedAsync();

        var reply = await Chat.AskAsync(Arjun, "what did I buy");

        Assert.DoesNotContain("Kurta", reply, StringComparison.Ordinal);
        Assert.Contains("don't see any purchases", reply, StringComparison.Ordinal);
    }

    private Task SeedAsync() => App.ExecuteAsync(d =>
    {
        var kurta = new Product { Name = "Kurta", Key = "kurta", CreatedAt = DateTime.UtcNow };
        kurta.Variants.Add(new ProductVariant { Color = "blue", Size = "M", StockQuantity = 3, Price = 1299m, UpdatedAt = DateTime.UtcNow });
        d.Products.Add(kurta);
        var priya = new Customer { Phone = Priya, Name = "Priya", CreatedAt = DateTime.UtcNow.AddDays(-10), LoyaltyPoints = 12 };
        d.Customers.Add(priya);
        d.Purchases.Add(new Purchase { Customer = priya, Amount = 1299m, Items = "Blue Kurta", PointsEarned = 12, PurchasedAt = DateTime.UtcNow.AddDays(-3) });
        return Task.CompletedTask;
    });
}

public sealed class SqliteShopperConversationTests() : ShopperConversationTests(Db.Sqlite);

public sealed class PostgresShopperConversationTests() : ShopperConversationTests(Db.Postgres);
