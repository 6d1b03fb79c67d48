using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Conversations;

/// <summary>The owner's commands: the best and lapsed customers, offers that wait for YES, the staff list.</summary>
public abstract class OwnerConversationTests(Db db) : ConversationTestBase(db)
{
    private const string Lapsed = "+919811111111";

    [Fact]
    public async Task Top_and_inactive_customers()
    {
        await SeedCustomersAsync();

        var top = await Chat.AskAsync(Owner, "top customers");
        Assert.Contains("1. Priya (+91 98765 43210): ₹12,500 in 2 visits", top, StringComparison.Ordinal);
        Assert.Contains("2. Arjun (+91 98123 45678): ₹999", top, StringComparison.Ordinal);

        var inactive = await Chat.AskAsync(Owner, "inactive customers");
        Assert.Contains("1 customer not seen for over 60 days", inactive, StringComparison.Ordinal);
        Assert.Contains("Meena (+91 98111 11111)", inactive, StringComparison.Ordinal);
        Assert.DoesNotContain("Priya", inactive, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offer_goes_out_only_after_the_owner_confirms()
    {
        await SeedCustomersAsync();

        var question = await Chat.AskAsync(Owner, "offer vip 10% off on new arrivals");
        Assert.Equal("1 VIP customer will get: \"10% off on new arrivals\". Reply YES to send or NO to cancel.", question);
        await Jobs.RunAsync(App, EngagementJobs.SendCampaigns); // its minute comes round before the owner answers
        await Chat.WaitUntilSentAsync();
        Assert.Empty(Chat.SentTo(Priya));

        Assert.Equal("Sending the offer to 1 customer now.", await Chat.AskAsync(Owner, "YES"));

        // The campaign job, started by the YES, queues the offers; the dispatcher sends them.
        var offer = Assert.Single(await Eventually.ValueAsync(() => Task.FromResult(Chat.SentTo(Priya)), s => s.Count > 0, null, "the offer to reach Priya"));
        Assert.Contains("10% off on new arrivals", offer.Body, StringComparison.Ordinal);
        Assert.Equal("whatsapp:" + Priya, offer.To);
        Assert.Empty(Chat.SentTo(Arjun));
        Assert.Equal(CampaignStatus.Queued, await App.QueryAsync(d => d.Campaigns.Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task An_offer_answered_no_or_abandoned_sends_nothing()
    {
        await SeedCustomersAsync();

        Assert.Contains("3 customers will get", await Chat.AskAsync(Owner, "send offer to all: flat 500 off this weekend"), StringComparison.Ordinal);
        Assert.Equal("Cancelled. Nothing was sent.", await Chat.AskAsync(Owner, "no"));
        Assert.Contains("will get", await Chat.AskAsync(Owner, "offer inactive 15% off"), StringComparison.Ordinal);
        Assert.Contains("Today at", await Chat.AskAsync(Owner, "summary"), StringComparison.Ordinal);
        Assert.DoesNotContain("Sending", await Chat.AskAsync(Owner, "yes"), StringComparison.Ordinal);

        await Jobs.RunAsync(App, EngagementJobs.SendCampaigns);
        await Chat.WaitUntilSentAsync();
        Assert.Empty(Chat.SentTo(Priya));
        Assert.Empty(Chat.SentTo(Lapsed));
        var statuses = await App.QueryAsync(d => d.Campaigns.Select(c => c.Status).ToListAsync());
        Assert.DoesNotContain(CampaignStatus.Confirmed, statuses);
        Assert.DoesNotContain(CampaignStatus.Queued, statuses);
    }

    [Fact]
    public async Task The_example_the_bot_gives_for_an_offer_is_read_as_the_offer()
    {
        await SeedCustomersAsync();

        const string Example = "What's the offer? For example: 10% off on new arrivals this weekend.";
        Assert.Contains("Who should get the offer", await Chat.AskAsync(Owner, "send offer"), StringComparison.Ordinal);
        Assert.Equal(Example, await Chat.AskAsync(Owner, "all"));
        // A whole command is still a new request, not the offer's text.
        Assert.StartsWith("Stock updated: Red Saree +5", await Chat.AskAsync(Owner, "arrived red saree x 5 rs 3450"), StringComparison.Ordinal);

        await Chat.AskAsync(Owner, "send offer");
        Assert.Equal(Example, await Chat.AskAsync(Owner, "all"));
        Assert.Contains("will get: \"10% off on new arrivals this weekend\"", await Chat.AskAsync(Owner, "10% off on new arrivals this weekend"), StringComparison.Ordinal);
        Assert.Equal("Cancelled. Nothing was sent.", await Chat.AskAsync(Owner, "no"));
    }

    [Fact]
    public async Task Owners_manage_the_staff_list()
    {
        var added = await Chat.AskAsync(Owner, "add Sita 98765 11111 as staff");
        Assert.Equal("Added Sita (+91 98765 11111) as staff. I've sent them a welcome message.", added);
        await Chat.WaitUntilSentAsync();
        Assert.Contains(Chat.SentTo("+919876511111"), s => s.Body.Contains("you've been added as staff at Kapoor Fashions", StringComparison.Ordinal));

        var list = await Chat.AskAsync(Owner, "staff list");
        Assert.Contains("Ramesh (+91 91234 09876)", list, StringComparison.Ordinal);
        Assert.Contains("Sita (+91 98765 11111)", list, StringComparison.Ordinal);

        // Sita is staff now: a staff command works for her.
        Assert.Contains("Sales:", await Chat.AskAsync("+919876511111", "summary"), StringComparison.Ordinal);

        Assert.Equal("Removed Sita (+91 98765 11111) from staff.", await Chat.AskAsync(Owner, "remove staff 98765 11111"));
        Assert.DoesNotContain("Sales:", await Chat.AskAsync("+919876511111", "summary"), StringComparison.Ordinal);
        Assert.Equal("Removed Ramesh (+91 91234 09876) from staff.", await Chat.AskAsync(Owner, "remove Ramesh from staff"));
        Assert.False(await App.QueryAsync(d => d.Staff.AnyAsync(s => s.IsActive)));
    }

    private Task SeedCustomersAsync() => App.ExecuteAsync(d =>
    {
        var now = DateTime.UtcNow;
        // All three agreed to offers; Priya wrote on WhatsApp an hour ago, so her window is open.
        var priya = new Customer
        {
            Phone = Priya, Name = "Priya", CreatedAt = now.AddDays(-100), LastInboundAt = now.AddHours(-1), LastChannel = MessageChannel.WhatsApp,
            WhatsAppWindowOpenedAt = now.AddHours(-1), MarketingConsentAt = now.AddDays(-100),
        };
        var arjun = new Customer { Phone = Arjun, Name = "Arjun", CreatedAt = now.AddDays(-5), LastChannel = MessageChannel.Sms, MarketingConsentAt = now.AddDays(-5) };
        var meena = new Customer
        {
            Phone = Lapsed, Name = "Meena", CreatedAt = now.AddDays(-200), LastInboundAt = now.AddDays(-90), LastChannel = MessageChannel.Sms, MarketingConsentAt = now.AddDays(-200),
        };
        d.Customers.AddRange(priya, arjun, meena);
        d.Purchases.AddRange(
            new Purchase { Customer = priya, Amount = 9000m, PurchasedAt = now.AddDays(-40) },
            new Purchase { Customer = priya, Amount = 3500m, PurchasedAt = now.AddDays(-2) },
            new Purchase { Customer = arjun, Amount = 999m, PurchasedAt = now.AddDays(-5) },
            new Purchase { Customer = meena, Amount = 400m, PurchasedAt = now.AddDays(-120) });
        return Task.CompletedTask;
    });
}

public sealed class SqliteOwnerConversationTests() : OwnerConversationTests(Db.Sqlite);

public sealed class PostgresOwnerConversationTests() : OwnerConversationTests(Db.Postgres);
