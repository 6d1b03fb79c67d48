using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Engagement;

/// <summary>
/// A campaign is queued by the database in one set-based statement: each member once, however often the job runs,
/// with the segment (spend included) decided in SQL and each customer's own name written in when it is sent.
/// </summary>
public abstract class CampaignFanOutTests(Db db) : EngagementTestBase(db)
{
    private const int Members = 2000;

    /// <summary>Fast enough that the offers have gone out within the test.</summary>
    protected override Dictionary<string, string?> Settings => new(base.Settings) { ["Twilio:SmsMessagesPerSecond"] = "1000" };

    [Fact]
    public async Task Every_member_gets_one_offer_with_their_own_name_however_often_the_job_runs()
    {
        await App.ExecuteAsync(d =>
        {
            var longAgo = MondayMorning.UtcDateTime.AddDays(-30);
            for (var i = 0; i < Members; i++)
            {
                d.Customers.Add(new Customer
                {
                    Phone = $"+9197{i:D8}", Name = $"Asha{i} Rao", CreatedAt = longAgo, LastChannel = MessageChannel.Sms,
                    SmsSeenAt = longAgo, MarketingConsentAt = longAgo,
                });
            }

            d.Customers.Add(new Customer { Phone = "+919600000001", Name = "No Consent", CreatedAt = longAgo, LastChannel = MessageChannel.Sms, SmsSeenAt = longAgo });
            d.Customers.Add(new Customer
            {
                Phone = "+919600000002", Name = "Said Stop", CreatedAt = longAgo, LastChannel = MessageChannel.Sms, SmsSeenAt = longAgo,
                MarketingConsentAt = longAgo, OptedOutAt = longAgo,
            });
            return Task.CompletedTask;
        });

        Assert.Contains($"{Members} customers will get", await Chat.AskAsync(Owner, "offer all 15% off kurtas this week"), StringComparison.Ordinal);
        // Not Chat.AskAsync: it would wait for all 2,000 offers to go out before returning.
        Assert.True((await TwilioWebhook.PostAsync(Client, TwilioWebhooksApi.MessagesPath, TwilioWebhook.WhatsApp(Owner, "YES"))).IsSuccessStatusCode);
        await Eventually.TrueAsync(
            () => App.QueryAsync(d => d.Campaigns.AnyAsync(c => c.Status == Core.Campaigns.CampaignStatus.Queued)), "the campaign to be queued");
        await Jobs.RunAsync(App, EngagementJobs.SendCampaigns); // a second run (or instance) queues nobody twice

        var offers = await App.QueryAsync(d => d.OutboundMessages.Where(m => m.Kind == "offer").Select(m => new { m.ToPhone, m.IdempotencyKey }).ToListAsync());
        Assert.Equal(Members, offers.Count);
        Assert.Equal(Members, offers.Select(o => o.ToPhone).Distinct().Count());
        Assert.DoesNotContain(offers, o => o.ToPhone.StartsWith("+9196", StringComparison.Ordinal));
        Assert.Equal(Members, await App.QueryAsync(d => d.Campaigns.Select(c => c.RecipientCount).SingleAsync()));

        await Eventually.WhileProgressingAsync(
            () => Task.FromResult(Twilio.Sent.Count(s => s.Body.Contains("15% off kurtas", StringComparison.Ordinal) && !s.To.EndsWith(Owner, StringComparison.Ordinal))),
            sent => sent,
            Members,
            TimeSpan.FromSeconds(60),
            "offers");
        var asha7 = Assert.Single(Chat.SentTo("+919700000007"));
        Assert.StartsWith("Hi Asha7, a special offer just for you: 15% off kurtas this week.", asha7.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_vip_segment_is_total_spend_summed_by_the_database()
    {
        await App.ExecuteAsync(d =>
        {
            var longAgo = MondayMorning.UtcDateTime.AddDays(-30);
            Customer Consenting(string phone, string name) => new()
            {
                Phone = phone, Name = name, CreatedAt = longAgo, LastChannel = MessageChannel.Sms, SmsSeenAt = longAgo, MarketingConsentAt = longAgo,
            };
            var twoBigBills = Consenting("+919811100001", "Radha");
            var justUnder = Consenting("+919811100002", "Gopal");
            var oneBigBill = Consenting("+919811100003", "Lata");
            d.Purchases.AddRange(
                new Purchase { Customer = twoBigBills, Amount = 6000.50m, PurchasedAt = longAgo },
                new Purchase { Customer = twoBigBills, Amount = 3999.50m, PurchasedAt = longAgo },
                new Purchase { Customer = justUnder, Amount = 5000m, PurchasedAt = longAgo },
                new Purchase { Customer = justUnder, Amount = 4999.99m, PurchasedAt = longAgo },
                new Purchase { Customer = oneBigBill, Amount = 12000m, PurchasedAt = longAgo });
            return Task.CompletedTask;
        });

        Assert.Contains("2 VIP customers will get", await Chat.AskAsync(Owner, "offer vip early access to the wedding collection"), StringComparison.Ordinal);
        await Chat.AskAsync(Owner, "YES");
        await Jobs.RunAsync(App, EngagementJobs.SendCampaigns);

        var recipients = await App.QueryAsync(d => d.OutboundMessages.Where(m => m.Kind == "offer").Select(m => m.ToPhone).OrderBy(p => p).ToListAsync());
        Assert.Equal(["+919811100001", "+919811100003"], recipients);
    }
}

public sealed class SqliteCampaignFanOutTests() : CampaignFanOutTests(Db.Sqlite);

public sealed class PostgresCampaignFanOutTests() : CampaignFanOutTests(Db.Postgres);
