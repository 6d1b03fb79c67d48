using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Engagement;

/// <summary>
/// A campaign to 1,000 customers is spread out to the sender's configured rate instead of being thrown at
/// Twilio at once. Real time here: pacing is about how fast Twilio is called.
/// </summary>
public abstract class CampaignPacingTests(Db db) : IAsyncLifetime
{
    private const int Recipients = 1000;
    private const double PerSecond = 100;
    private readonly FakeTwilio _twilio = new();
    private BotApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await BotApp.StartAsync(db, _twilio, new Dictionary<string, string?> { ["Twilio:WhatsAppMessagesPerSecond"] = PerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        _client = _app.CreateClient();
        await _app.ExecuteAsync(d =>
        {
            var now = DateTime.UtcNow;
            for (var i = 0; i < Recipients; i++)
            {
                d.Customers.Add(new Customer
                {
                    Phone = $"+9198{i:D8}",
                    Name = $"Customer {i}",
                    CreatedAt = now.AddDays(-10),
                    LastChannel = MessageChannel.WhatsApp,
                    WhatsAppWindowOpenedAt = now.AddHours(-1),
                    MarketingConsentAt = now.AddDays(-10),
                });
            }

            return Task.CompletedTask;
        });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _twilio.Dispose();
    }

    [Fact]
    public async Task A_campaign_of_1000_recipients_is_paced_to_the_configured_rate()
    {
        var chat = new ChatSession(_app, _twilio, _client);
        Assert.Contains($"{Recipients} customers will get",
            await chat.AskAsync(TestSettings.OwnerPhone, "offer all Diwali sale: 30% off everything"), StringComparison.Ordinal);
        await chat.AskAsync(TestSettings.OwnerPhone, "yes");

        var offers = await Eventually.WhileProgressingAsync(
            () => Task.FromResult(_twilio.Server.LogEntries
                .Where(e => e.RequestMessage.Path == FakeTwilio.MessagesPath && (e.RequestMessage.Body ?? "").Contains("Diwali", StringComparison.Ordinal))
                .Select(e => e.RequestMessage.DateTime)
                .OrderBy(t => t)
                .ToList()),
            sent => sent.Count,
            Recipients,
            TimeSpan.FromSeconds(60),
            "offers");

        // 1,000 messages at 100 a second take at least 9.99 seconds: each send waits for a slot of its own, 10 ms after
        // the last, so a slow machine only spreads them further. (How evenly they arrive is the send-rate benchmark's
        // business: sends overlap, so a stalled machine can deliver a few together, which a test must not hang on.)
        var span = offers[^1] - offers[0];
        Assert.True(span >= TimeSpan.FromSeconds((Recipients - 1) / PerSecond) - TimeSpan.FromMilliseconds(50), $"sent in {span.TotalSeconds:F2}s");
        // Sends run concurrently, so the last few are recorded just after Twilio has them.
        await Eventually.TrueAsync(
            async () => await _app.QueryAsync(d => d.OutboundMessages.CountAsync(m => m.Kind == "offer" && m.SentAt != null)) == Recipients,
            "every offer to be recorded as sent");
    }

    [Fact]
    public async Task A_shopper_who_writes_during_a_campaign_is_answered_ahead_of_the_offers_still_waiting()
    {
        var chat = new ChatSession(_app, _twilio, _client);
        await chat.AskAsync(TestSettings.OwnerPhone, "offer all Diwali sale: 30% off everything");
        var confirm = TwilioWebhook.WhatsApp(TestSettings.OwnerPhone, "yes");
        Assert.True((await TwilioWebhook.PostAsync(_client, TwilioWebhooksApi.MessagesPath, confirm)).IsSuccessStatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(Offers().Count >= 50), "the campaign to be under way");

        const string Shopper = "+919812340000";
        Assert.True((await TwilioWebhook.PostAsync(_client, TwilioWebhooksApi.MessagesPath, TwilioWebhook.WhatsApp(Shopper, "hi"))).IsSuccessStatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(_twilio.Sent.Any(s => s.To.EndsWith(Shopper, StringComparison.Ordinal))), "the reply");

        // The campaign still has seconds to run: the reply did not queue behind it.
        Assert.True(Offers().Count < Recipients * 2 / 3, $"the reply came after {Offers().Count} of {Recipients} offers");
    }

    private List<SentRequest> Offers() => _twilio.Sent.Where(s => s.Body.Contains("Diwali", StringComparison.Ordinal)).ToList();
}

public sealed class SqliteCampaignPacingTests() : CampaignPacingTests(Db.Sqlite);

public sealed class PostgresCampaignPacingTests() : CampaignPacingTests(Db.Postgres);
