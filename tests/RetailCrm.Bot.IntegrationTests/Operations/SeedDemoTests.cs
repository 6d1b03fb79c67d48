using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using RetailCrm.Bot.Operations;
using RetailCrm.Bot.Operations.Demo;

namespace RetailCrm.Bot.IntegrationTests.Operations;

/// <summary>The real app on a real database, seeded with the demo store, then talked to as the README does.</summary>
public abstract class SeedDemoTests(Db db) : IAsyncLifetime
{
    protected const string Priya = "+919876543210";

    protected FakeTwilio Twilio { get; } = new();

    protected BotApp App { get; private set; } = null!;

    protected ChatSession Chat { get; private set; } = null!;

    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        App = await BotApp.StartAsync(db, Twilio, services: services => services.AddOperations());
        _client = App.CreateClient();
        Chat = new ChatSession(App, Twilio, _client);
    }

    protected async Task<DemoSeedReport> SeedAsync(bool allowTwilio = true)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(allowTwilio, CancellationToken.None);
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing_the_second_time()
    {
        var first = await SeedAsync();
        var counts = await CountsAsync();
        var second = await SeedAsync();

        Assert.Equal((12, 2, 94), (first.VariantsAdded, first.StaffAdded, first.CustomersAdded));
        Assert.Equal(DemoStore.Customers.Sum(c => c.Purchases.Count), first.PurchasesAdded);
        Assert.Equal((0, 12, 0, 2, 0, 94, 0), (second.VariantsAdded, second.VariantsThere, second.StaffAdded, second.StaffThere, second.CustomersAdded, second.CustomersThere, second.PurchasesAdded));
        Assert.Equal(counts, await CountsAsync());
        var segments = new Dictionary<string, int>
        {
            ["vip"] = 42, ["inactive"] = 18, ["new"] = 12, ["all"] = 72,
            ["champions"] = 0, ["loyal"] = 0, ["at_risk"] = 16, ["hibernating"] = 18,
        };
        Assert.Equal(segments, first.Segments);
        Assert.Equal(segments, second.Segments);

        // Consent to offers is on record the way the bot records it, marked as the seed's.
        var consents = await App.QueryAsync(d => d.ConsentEvents.Where(e => e.Change == ConsentChange.MarketingOptIn).Select(e => e.Keyword).ToListAsync());
        Assert.Equal(42 + 18 + 12 + 2, consents.Count);
        Assert.All(consents, k => Assert.Equal(DemoSeeder.ConsentKeyword, k));
    }

    [Fact]
    public async Task The_readme_owner_offer_to_vip_counts_the_seeded_vips()
    {
        await SeedAsync();

        Assert.Equal("Who should get the offer: vip, inactive, new, champions, loyal, at_risk, hibernating or all customers? (\"segments\" explains them)", await Chat.AskAsync(TestSettings.OwnerPhone, "send offer"));
        Assert.StartsWith("What's the offer?", await Chat.AskAsync(TestSettings.OwnerPhone, "vip"), StringComparison.Ordinal);
        Assert.Equal(
            "42 VIP customers will get: \"Diwali sale, 20% off on all sarees\". Reply YES to send or NO to cancel.",
            await Chat.AskAsync(TestSettings.OwnerPhone, "Diwali sale, 20% off on all sarees"));
    }

    private Task<(int, int, int, int, int, int)> CountsAsync() => App.QueryAsync(async d => (
        await d.Customers.CountAsync(), await d.Purchases.CountAsync(), await d.ConsentEvents.CountAsync(),
        await d.Products.CountAsync(), await d.ProductVariants.CountAsync(), await d.Staff.CountAsync()));

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await App.DisposeAsync();
        Twilio.Dispose();
    }
}

public sealed class SqliteSeedDemoTests() : SeedDemoTests(Db.Sqlite)
{
    /// <summary>
    /// The README's first conversation still meets a stranger; Red Saree is now a product out of stock (so the answer
    /// says so rather than "we don't have"), and the items the README asks about are on the shelf with prices.
    /// </summary>
    [Fact]
    public async Task The_readme_first_conversation_still_works_on_the_seeded_store()
    {
        await SeedAsync();

        Assert.Equal(
            "Hi Priya! Welcome to Kapoor Fashions. How can I help you today? Type HELP to see what I can do.",
            await Chat.AskAsync(Priya, "hi", profileName: "Priya"));
        Assert.Equal(
            "Sorry, Red Saree is out of stock right now. Reply \"notify me\" and I'll message you as soon as it's back.",
            await Chat.AskAsync(Priya, "do you have a red saree?", profileName: "Priya"));
        Assert.Equal(
            "Done! I'll message you here as soon as Red Saree is back in stock. Reply \"cancel alert\" any time to stop.",
            await Chat.AskAsync(Priya, "notify me when it's back", profileName: "Priya"));
        Assert.Equal(
            "Red Saree के लिए आपका नाम पहले से लिस्ट में है। स्टॉक वापस आते ही हम आपको यहीं मैसेज कर देंगे।",
            await Chat.AskAsync(Priya, "लाल साड़ी कब आएगी?", profileName: "Priya"));
        Assert.Equal(
            "Yes! Blue Kurta (size M) is in stock at ₹1,299 (6 available). Drop by, or ask me anything else about it.",
            await Chat.AskAsync(Priya, "Do you have the blue kurta in size M?", profileName: "Priya"));
        Assert.Equal(
            "Stock updated: Red Saree +5 (now 5) at ₹3,450. 1 customer who was waiting for it has been alerted.",
            await Chat.AskAsync(TestSettings.OwnerPhone, "arrived red saree x 5 rs 3450"));
    }

    [Fact]
    public async Task With_twilio_configured_it_refuses_unless_allowed()
    {
        var refused = await Assert.ThrowsAsync<OperationRefusedException>(() => SeedAsync(allowTwilio: false));
        Assert.Contains("--allow-twilio", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await App.CountAsync<Core.Customers.Customer>());
    }
}

public sealed class PostgresSeedDemoTests() : SeedDemoTests(Db.Postgres);
