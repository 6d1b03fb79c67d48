using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Engagement;

/// <summary>Offers reach only those who agreed to them, at most once per cooldown, and STOP ends them.</summary>
public abstract class OfferTests(Db db) : EngagementTestBase(db)
{
    private const string Meena = "+919811111111";
    private const string Kavita = "+919822222222";
    private const string Sunil = "+919833333333";

    [Fact]
    public async Task A_customer_who_said_stop_gets_no_offer_from_a_campaign_or_re_engagement()
    {
        await SeedLapsedCustomersAsync();
        await Chat.AskAsync(Meena, "STOP", MessageChannel.Sms);

        Assert.Contains("1 customer will get", await Chat.AskAsync(Owner, "offer all 20% off this weekend"), StringComparison.Ordinal);
        await Chat.AskAsync(Owner, "YES");
        await Jobs.RunAsync(App, EngagementJobs.SendReEngagementOffers);

        await Eventually.TrueAsync(() => Task.FromResult(Chat.SentTo(Kavita).Count >= 2), "Kavita's offer and re-engagement");
        await Chat.WaitUntilSentAsync(); // both jobs queue every recipient in one pass: what is left has gone out
        Assert.DoesNotContain(Chat.SentTo(Meena), s => s.Body.Contains("20% off", StringComparison.Ordinal) || s.Body.Contains("it has been a while", StringComparison.Ordinal));
        Assert.Empty(Chat.SentTo(Sunil)); // never agreed to offers
        var reengagement = Chat.SentTo(Kavita).Single(s => s.Body.Contains("it has been a while", StringComparison.Ordinal));
        Assert.Contains("Hi Kavita", reengagement.Body, StringComparison.Ordinal);
        Assert.Contains("enjoying your silk saree", reengagement.Body, StringComparison.Ordinal);
        Assert.Contains("Reply STOP to opt out", reengagement.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Re_engagement_is_offered_once_per_cooldown()
    {
        await SeedLapsedCustomersAsync();

        await Jobs.RunAsync(App, EngagementJobs.SendReEngagementOffers);
        await Eventually.TrueAsync(() => Task.FromResult(Chat.SentTo(Kavita).Count == 1), "the first offer");

        Clock.Advance(TimeSpan.FromDays(10));
        await Jobs.RunAsync(App, EngagementJobs.SendReEngagementOffers);
        await Chat.WaitUntilSentAsync();
        Assert.Single(Chat.SentTo(Kavita));

        Clock.Advance(TimeSpan.FromDays(21));
        await Jobs.RunAsync(App, EngagementJobs.SendReEngagementOffers);
        await Eventually.TrueAsync(() => Task.FromResult(Chat.SentTo(Kavita).Count == 2), "the offer after the cooldown");
    }

    [Fact]
    public async Task Asking_for_offers_grants_consent_and_no_more_offers_withdraws_it_without_stopping_alerts()
    {
        Assert.Contains("subscribed to offers", await Chat.AskAsync(Priya, "please send me offers"), StringComparison.Ordinal);
        Assert.NotNull(await App.QueryAsync(d => d.Customers.Where(c => c.Phone == Priya).Select(c => c.MarketingConsentAt).SingleAsync()));

        Assert.Contains("no more offers", await Chat.AskAsync(Priya, "stop sending me offers"), StringComparison.Ordinal);
        var priya = await App.QueryAsync(d => d.Customers.AsNoTracking().SingleAsync(c => c.Phone == Priya));
        Assert.Null(priya.MarketingConsentAt);
        Assert.Null(priya.OptedOutAt);
    }

    private Task SeedLapsedCustomersAsync() => App.ExecuteAsync(d =>
    {
        var now = MondayMorning.UtcDateTime;
        var longAgo = now.AddDays(-90);
        Customer Lapsed(string phone, string name, bool consent) => new()
        {
            Phone = phone, Name = name, CreatedAt = longAgo, LastInboundAt = longAgo, LastChannel = MessageChannel.Sms,
            SmsSeenAt = longAgo, MarketingConsentAt = consent ? longAgo : null,
        };
        var meena = Lapsed(Meena, "Meena", consent: true);
        var kavita = Lapsed(Kavita, "Kavita", consent: true);
        var sunil = Lapsed(Sunil, "Sunil", consent: false);
        d.Customers.AddRange(meena, kavita, sunil);
        d.Purchases.Add(new Purchase { Customer = kavita, Amount = 4500m, Items = "silk saree", PurchasedAt = longAgo, CheckInQueuedAt = longAgo });
        return Task.CompletedTask;
    });
}

public sealed class SqliteOfferTests() : OfferTests(Db.Sqlite);

public sealed class PostgresOfferTests() : OfferTests(Db.Postgres);
