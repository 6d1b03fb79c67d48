using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Insights;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using RetailCrm.Bot.Persistence;

namespace RetailCrm.Bot.IntegrationTests.Insights;

/// <summary>
/// A campaign's and each message kind's results, worked out by hand, on a real database: purchases, replies and
/// opt-outs count only after the send and within Engagement:AttributionWindow (7 days).
/// </summary>
public abstract class CampaignResultsTests(Db db) : InsightsTestBase(db)
{
    [Fact]
    public async Task Results_count_what_happened_after_each_send_and_within_the_window_only()
    {
        var sentAt = Now.AddDays(-10);
        var campaignId = 0;
        await App.ExecuteAsync(async d =>
        {
            var campaign = new Campaign
            {
                Segment = "all", Text = "Diwali sale 20% off", CreatedBy = Owner, CreatedAt = sentAt, Status = CampaignStatus.Queued, QueuedAt = sentAt,
            };
            d.Campaigns.Add(campaign);
            await d.SaveChangesAsync();
            campaignId = campaign.Id;

            // The offer to five customers, sent 10 days ago except where it never went.
            var p1 = Offer(d, campaign, 1, OutboundStatus.Read, sentAt);
            var p2 = Offer(d, campaign, 2, OutboundStatus.Delivered, sentAt);
            var p3 = Offer(d, campaign, 3, OutboundStatus.Failed, null);
            Offer(d, campaign, 4, OutboundStatus.Skipped, null);
            var p5 = Offer(d, campaign, 5, OutboundStatus.Sent, sentAt);

            // P1 replied 12 hours after and bought a day after (inside: ₹1,000), and again 8 days after (outside: ₹5,000).
            Inbound(d, p1, sentAt.AddHours(12));
            Bought(d, p1, sentAt.AddDays(1), 1000m);
            Bought(d, p1, sentAt.AddDays(8), 5000m);
            // P2 bought an hour before the send (outside: ₹400), then 6 days 23 hours after (inside: ₹3,000); said STOP a day after.
            Bought(d, p2, sentAt.AddHours(-1), 400m);
            Bought(d, p2, sentAt.AddDays(6).AddHours(23), 3000m);
            d.ConsentEvents.Add(new ConsentEvent
            {
                Customer = p2, Phone = p2.Phone, Change = ConsentChange.OptOut, Keyword = "STOP", Source = ConsentSource.Keyword, OccurredAt = sentAt.AddDays(1),
            });
            // P3's offer never went out: a purchase a day after is not the offer's.
            Bought(d, p3, sentAt.AddDays(1), 900m);
            // P5 bought 5 days after (inside: ₹2,000) and wrote 9 days after (outside the window: not a reply).
            Bought(d, p5, sentAt.AddDays(5), 2000m);
            Inbound(d, p5, sentAt.AddDays(9));

            // Two check-ins to P6, 6 and 4 days ago, then one purchase 3 days ago: inside both windows, counted once.
            var p6 = Person(d, 6);
            Message(d, p6, "checkin", OutboundStatus.Delivered, Now.AddDays(-6));
            Message(d, p6, "checkin", OutboundStatus.Read, Now.AddDays(-4));
            Bought(d, p6, Now.AddDays(-3), 700m);
            // A back-in-stock alert to P7, 3 days ago, and a purchase an hour later; the bot's reply to P7 is no proactive message.
            var p7 = Person(d, 7);
            Message(d, p7, "stock_alert", OutboundStatus.Delivered, Now.AddDays(-3));
            Message(d, p7, OutboundKinds.Reply, OutboundStatus.Delivered, Now.AddDays(-3), MessagePurpose.Reply);
            Bought(d, p7, Now.AddDays(-3).AddHours(1), 1200m);
        });

        // Queued 5; sent 3 (P1, P2, P5); delivered 2 (P1 read, P2 delivered); read 1; failed 1 (P3); not sent 1 (P4).
        // Replied 1 (P1; P5 wrote after the window). Opted out 1 (P2).
        // Purchases inside the window: P1 ₹1,000, P2 ₹3,000, P5 ₹2,000: 3 purchases by 3 buyers, ₹6,000.
        var expected = new MessageResults(5, 3, 2, 1, 1, 1, 1, 1, 3, 3, 6000m);
        var byCampaign = await WithAsync<CampaignResults, Dictionary<int, MessageResults>>(r => r.ByCampaignAsync([campaignId], CancellationToken.None));
        Assert.Equal(expected, Rounded(Assert.Single(byCampaign).Value));

        var byKind = await WithAsync<CampaignResults, Dictionary<string, MessageResults>>(r => r.ByKindAsync(Now.AddDays(-30), Now, CancellationToken.None));
        Assert.Equal(["checkin", "offer", "stock_alert"], byKind.Keys.Order());
        Assert.Equal(expected, Rounded(byKind["offer"]));
        // Check-ins: 2 queued and sent, 2 delivered, 1 read; P6's one purchase (₹700) counted once.
        Assert.Equal(new MessageResults(2, 2, 2, 1, 0, 0, 0, 0, 1, 1, 700m), Rounded(byKind["checkin"]));
        Assert.Equal(new MessageResults(1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1200m), Rounded(byKind["stock_alert"]));
    }

    private static MessageResults Rounded(MessageResults r) => r with { Revenue = Math.Round(r.Revenue, 2) };

    private static Customer Person(CrmDbContext d, int n)
    {
        var customer = new Customer { Phone = $"+9197000000{n:D2}", Name = $"P{n}", CreatedAt = Now.AddDays(-100), MarketingConsentAt = Now.AddDays(-100) };
        d.Customers.Add(customer);
        return customer;
    }

    private static Customer Offer(CrmDbContext d, Campaign campaign, int n, OutboundStatus status, DateTime? sentAt)
    {
        var customer = Person(d, n);
        Message(d, customer, CampaignService.Kind, status, sentAt, MessagePurpose.Marketing).CampaignId = campaign.Id;
        return customer;
    }

    private static OutboundMessage Message(CrmDbContext d, Customer to, string kind, OutboundStatus status, DateTime? sentAt, MessagePurpose purpose = MessagePurpose.Transactional)
    {
        var message = new OutboundMessage
        {
            Customer = to, ToPhone = to.Phone, Channel = MessageChannel.Sms, Body = "…", Kind = kind, Purpose = purpose, Status = status,
            CreatedAt = (sentAt ?? Now.AddDays(-10)).AddMinutes(-5), DueAt = sentAt ?? Now.AddDays(-10), SentAt = sentAt, StatusUpdatedAt = sentAt,
        };
        d.OutboundMessages.Add(message);
        return message;
    }

    private static void Inbound(CrmDbContext d, Customer from, DateTime at) => d.InboundMessages.Add(new InboundMessage
    {
        MessageSid = "SM" + Guid.NewGuid().ToString("N"), FromPhone = from.Phone, Body = "ok", ReceivedAt = at, Status = InboxStatus.Processed, ProcessedAt = at,
    });

    private static void Bought(CrmDbContext d, Customer who, DateTime at, decimal amount) =>
        d.Purchases.Add(new Purchase { Customer = who, Amount = amount, PurchasedAt = at });
}

public sealed class SqliteCampaignResultsTests() : CampaignResultsTests(Db.Sqlite);

public sealed class PostgresCampaignResultsTests() : CampaignResultsTests(Db.Postgres);
