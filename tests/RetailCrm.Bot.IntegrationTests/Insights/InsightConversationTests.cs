using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Insights;

/// <summary>
/// The owner's reports as message → reply, on the store of <see cref="InsightsTestBase.SeedStoreAsync"/> (its numbers are
/// worked out there and in <see cref="InsightQueryTests"/>); staff who ask are told the reports are the owner's.
/// </summary>
public abstract class InsightConversationTests(Db db) : InsightsTestBase(db)
{
    [Fact]
    public async Task Segment_report()
    {
        await SeedStoreAsync();

        Assert.Equal(
            """
            Customer segments (RFM, 10 who have bought):
            • champions: 2 (buy often, lately, and spend the most)
            • loyal: 1 (buy often and still come)
            • at_risk: 2 (used to buy often, not lately)
            • hibernating: 2 (bought little, long ago)
            • new: 2 (joined lately, nothing bought before)
            • others: 2 · not bought yet: 1
            See one: who is at risk · Offer one: offer at_risk <your offer>
            """,
            await Chat.AskAsync(Owner, "segments"));
        Assert.StartsWith("Customer segments (RFM", await Chat.AskAsync(Owner, "RFM"), StringComparison.Ordinal);
        Assert.StartsWith("Customer segments (RFM", await Chat.AskAsync(Owner, "kaun kaun khatre me hai"), StringComparison.Ordinal);

        // C (₹6,000, last bought 29 May) before B (₹1,000, 29 Jan); only B agreed to offers.
        Assert.Equal(
            """
            at_risk: 2 customers (used to buy often, not lately), 1 can get offers:
            • CustC (+91 98000 00002): ₹6,000 in 3 visits, last Fri 29 May
            • CustB (+91 98000 00001): ₹1,000 in 2 visits, last Thu 29 Jan
            Send them an offer: offer at_risk <your offer>
            """,
            await Chat.AskAsync(Owner, "who is at risk"));
        Assert.StartsWith("champions: 2 customers", await Chat.AskAsync(Owner, "show me my champions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customer_numbers()
    {
        await SeedStoreAsync();

        var customers = await Chat.AskAsync(Owner, "how many customers do I have");
        Assert.Equal(
            """
            Customers: 12 · 10 have bought · 2 new this month · 11 get offers
            Repeat rate: 60% (6 of 10 buyers bought more than once)
            Average bill: ₹2,213.04 over 23 sales
            Value per customer: ₹5,090 (all time, ₹50,900 ÷ 10 buyers)
            """,
            customers);
        Assert.StartsWith("Repeat rate (this month): 50% (2 of 4 buyers bought more than once)", await Chat.AskAsync(Owner, "repeat rate this month"), StringComparison.Ordinal);
        Assert.StartsWith("Average bill: ₹2,213.04 over 23 sales", await Chat.AskAsync(Owner, "average bill"), StringComparison.Ordinal);
        Assert.StartsWith("Customers: 12", await Chat.AskAsync(Owner, "kitne customer hain mere"), StringComparison.Ordinal);

        var cohorts = await Chat.AskAsync(Owner, "cohorts");
        Assert.Equal(
            customers + "\n" +
            """
            First bought in (customers → % buying again 1, 2, … months later):
            Jun: 2 → 50% 50% 0% 0% 0%
            Sept: 1 → 100% 0%
            Oct: 1 → 100%
            Nov: 3 → (this month)
            """,
            cohorts);
    }

    [Fact]
    public async Task Campaign_report()
    {
        await SeedStoreAsync();
        await SeedOffersAsync();

        const string diwaliReport =
            """
            Offer "Diwali sale 20% off" to all customers, sent Sun 15 Nov:
            Queued 2 · sent 2 · delivered 2 · read 1 · failed 0
            Replied 0 · opted out 0
            Bought within 7 days: 2 bought, 2 purchases, ₹5,700
            """;
        Assert.Equal(diwaliReport, await Chat.AskAsync(Owner, "how did the diwali offer do"));
        Assert.Equal(diwaliReport, await Chat.AskAsync(Owner, "offer report"));
        Assert.Equal(diwaliReport, await Chat.AskAsync(Owner, "diwali offer kaisa gaya"));
        Assert.Equal(diwaliReport, await Chat.AskAsync(Owner, "दिवाली ऑफर से कितनी कमाई हुई"));
        Assert.StartsWith("Offer \"Rakhi special\" to vip customers", await Chat.AskAsync(Owner, "how did the rakhi campaign go"), StringComparison.Ordinal);
        Assert.StartsWith("No offer mentions \"holi\"; the latest:\nOffer \"Diwali", await Chat.AskAsync(Owner, "how did the holi offer do"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("segments", "see the customer segments")]
    [InlineData("who is at risk", "see the customer segments")]
    [InlineData("how did the diwali offer do", "see how an offer did")]
    [InlineData("offer report", "see how an offer did")]
    [InlineData("how many customers do I have", "see the customer numbers")]
    [InlineData("average bill", "see the customer numbers")]
    public async Task Staff_asking_for_a_report_are_told_it_is_the_owners(string text, string meaning)
    {
        await SeedStoreAsync();

        Assert.Equal($"That one is for owners ({meaning}). Ask the owner, or type HELP for your commands.", await Chat.AskAsync(StaffPhone, text));
    }

    [Fact]
    public async Task An_offer_to_at_risk_reaches_exactly_the_at_risk_customers_who_allow_offers()
    {
        await SeedStoreAsync();

        // at_risk is B and C (see InsightQueryTests); C never agreed to offers.
        Assert.Equal("1 at-risk customer will get: \"15% off this week\". Reply YES to send or NO to cancel.", await Chat.AskAsync(Owner, "offer at_risk 15% off this week"));
        Assert.Equal("Sending the offer to 1 customer now.", await Chat.AskAsync(Owner, "YES"));
        await Eventually.TrueAsync(() => App.QueryAsync(d => d.Campaigns.AnyAsync(c => c.Status == CampaignStatus.Queued)), "the campaign to be queued");
        await Jobs.RunAsync(App, EngagementJobs.SendCampaigns); // a second run queues nobody twice

        var offers = await App.QueryAsync(d => d.OutboundMessages.Where(m => m.Kind == CampaignService.Kind).Select(m => new { m.ToPhone, m.CampaignId }).ToListAsync());
        var campaignId = await App.QueryAsync(d => d.Campaigns.Select(c => c.Id).SingleAsync());
        Assert.Equal([(Phone('B'), (int?)campaignId)], offers.Select(o => (o.ToPhone, o.CampaignId)));
        await Chat.WaitUntilSentAsync();
        Assert.Contains("15% off this week", Assert.Single(Chat.SentTo(Phone('B'))).Body, StringComparison.Ordinal);

        // B, asking about offers, is told the one the campaign sent.
        Assert.Equal("Your offer right now: 15% off this week. Just show this chat at the counter.", await Chat.AskAsync(Phone('B'), "any discount going on?"));
    }
}

public sealed class SqliteInsightConversationTests() : InsightConversationTests(Db.Sqlite);

public sealed class PostgresInsightConversationTests() : InsightConversationTests(Db.Postgres);
