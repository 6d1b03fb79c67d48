using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using RetailCrm.Bot.Persistence;

namespace RetailCrm.Bot.IntegrationTests.Insights;

/// <summary>
/// The real app on a fixed clock (Wednesday 25 November 2026, 12:00 in Kolkata) with one staff member, and the store
/// every insight test computes by hand (<see cref="SeedStoreAsync"/>).
/// </summary>
public abstract class InsightsTestBase(Db db) : IAsyncLifetime
{
    public const string Owner = TestSettings.OwnerPhone;
    public const string StaffPhone = "+919123409876";

    /// <summary>Wednesday 25 November 2026, 12:00 in Kolkata (06:30 UTC).</summary>
    public static readonly DateTime Now = new(2026, 11, 25, 6, 30, 0, DateTimeKind.Utc);

    private readonly FakeTwilio _twilio = new();
    private HttpClient _client = null!;

    /// <summary>The app's clock, at <see cref="Now"/> until a test moves it.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(Now));

    /// <summary>A client of the app's own endpoints (the webhooks, /media).</summary>
    protected HttpClient Client => _client;

    protected BotApp App { get; private set; } = null!;

    protected ChatSession Chat { get; private set; } = null!;

    /// <summary>The ten buying customers A–J, the two who have not bought, K and L, by letter.</summary>
    protected Dictionary<char, Customer> Customers { get; } = [];

    public async Task InitializeAsync()
    {
        App = await BotApp.StartAsync(db, _twilio, null, s => s.AddSingleton<TimeProvider>(Clock));
        _client = App.CreateClient();
        Chat = new ChatSession(App, _twilio, _client);
        await App.ExecuteAsync(d =>
        {
            d.Staff.Add(new StaffMember { Phone = StaffPhone, Name = "Ramesh", AddedAt = Now.AddDays(-400) });
            return Task.CompletedTask;
        });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await App.DisposeAsync();
        _twilio.Dispose();
    }

    /// <summary>Runs <paramref name="use"/> with one of the app's services, in a scope of its own.</summary>
    protected async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>
    /// Twelve customers. A–I and L joined on 1 January 2025, J ten days ago and K five days ago; everyone agreed to offers
    /// except C. Purchases, in days before <see cref="Now"/> (all at 12:00 store time) and rupees:
    /// <code>
    ///     purchases (days ago: amount)                       count  spend   last
    /// A   400: 1000                                            1     1000    400
    /// B   350: 500, 300: 500                                   2     1000    300
    /// C   200: 2000, 190: 2000, 180: 2000                      3     6000    180
    /// D   170: 300                                             1      300    170
    /// E   150: 3000, 120: 3000, 100: 3000, 95: 3000            4    12000     95
    /// F   60: 800, 50: 800                                     2     1600     50
    /// G   40, 30, 20, 10, 5: 5000 each                         5    25000      5
    /// H   31 Oct 20:00 UTC (1 Nov 01:30 store time): 700,      3     2100      8
    ///     15: 700, 8: 700
    /// I   3: 400                                               1      400      3
    /// J   2: 1500                                              1     1500      2
    /// K, L: nothing
    /// </code>
    /// 23 purchases, ₹50,900, 10 buyers.
    /// </summary>
    protected Task SeedStoreAsync() => App.ExecuteAsync(d =>
    {
        var longAgo = new DateTime(2025, 1, 1, 6, 30, 0, DateTimeKind.Utc);
        foreach (var letter in "ABCDEFGHIJKL")
        {
            var joined = letter switch { 'J' => Now.AddDays(-10), 'K' => Now.AddDays(-5), _ => longAgo };
            Customers[letter] = new Customer
            {
                Phone = Phone(letter), Name = "Cust" + letter, CreatedAt = joined, LastChannel = MessageChannel.Sms, SmsSeenAt = joined,
                MarketingConsentAt = letter == 'C' ? null : joined,
            };
        }

        d.Customers.AddRange(Customers.Values);
        Buy(d, 'A', (400, 1000));
        Buy(d, 'B', (350, 500), (300, 500));
        Buy(d, 'C', (200, 2000), (190, 2000), (180, 2000));
        Buy(d, 'D', (170, 300));
        Buy(d, 'E', (150, 3000), (120, 3000), (100, 3000), (95, 3000));
        Buy(d, 'F', (60, 800), (50, 800));
        Buy(d, 'G', (40, 5000), (30, 5000), (20, 5000), (10, 5000), (5, 5000));
        d.Purchases.Add(new Purchase { Customer = Customers['H'], Amount = 700m, PurchasedAt = new DateTime(2026, 10, 31, 20, 0, 0, DateTimeKind.Utc) });
        Buy(d, 'H', (15, 700), (8, 700));
        Buy(d, 'I', (3, 400));
        Buy(d, 'J', (2, 1500));
        return Task.CompletedTask;
    });

    /// <summary>
    /// Two offers after <see cref="SeedStoreAsync"/>: "Rakhi special" to vip 70 days ago, and "Diwali sale 20% off" to all
    /// 10 days ago, sent to G (read) and H (delivered). G bought 5 days later (₹5,000; the purchase at the moment of the
    /// send is not after it), H 2 days later (₹700).
    /// </summary>
    protected Task SeedOffersAsync() => App.ExecuteAsync(async d =>
    {
        var sentAt = Now.AddDays(-10);
        var earlier = new Campaign { Segment = "vip", Text = "Rakhi special", CreatedBy = Owner, CreatedAt = sentAt.AddDays(-60), Status = CampaignStatus.Queued, QueuedAt = sentAt.AddDays(-60) };
        var diwali = new Campaign { Segment = "all", Text = "Diwali sale 20% off", CreatedBy = Owner, CreatedAt = sentAt, Status = CampaignStatus.Queued, QueuedAt = sentAt };
        d.Campaigns.AddRange(earlier, diwali);
        await d.SaveChangesAsync();
        foreach (var (letter, status) in new[] { ('G', OutboundStatus.Read), ('H', OutboundStatus.Delivered) })
        {
            d.OutboundMessages.Add(new OutboundMessage
            {
                CustomerId = Customers[letter].Id, ToPhone = Phone(letter), Channel = MessageChannel.Sms, Body = "…", Kind = CampaignService.Kind,
                Purpose = MessagePurpose.Marketing, Status = status, CampaignId = diwali.Id, IdempotencyKey = $"offer:{diwali.Id}:{Customers[letter].Id}",
                CreatedAt = sentAt, DueAt = sentAt, SentAt = sentAt,
            });
        }
    });

    protected static string Phone(char letter) => $"+91980000{letter - 'A':D4}";

    private void Buy(CrmDbContext d, char letter, params (int DaysAgo, decimal Amount)[] purchases)
    {
        foreach (var (daysAgo, amount) in purchases)
        {
            d.Purchases.Add(new Purchase { Customer = Customers[letter], Amount = amount, PurchasedAt = Now.AddDays(-daysAgo) });
        }
    }
}
