using System.Diagnostics;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.Benchmarks.EndToEnd;

/// <summary>
/// What the campaign and send-rate benchmarks share: opted-in WhatsApp customers seeded straight into the bot's
/// database with one set-based insert, and the owner's offer confirmed by chat, as in the integration tests.
/// </summary>
public static class OwnerCampaign
{
    /// <summary>The rows a campaign queues (CampaignService.Kind).</summary>
    public const string OfferKind = "offer";

    public static string OwnerAddress => "whatsapp:" + TestSettings.OwnerPhone;

    /// <summary>The campaign job every 5 seconds instead of every minute, so a confirmed offer is picked up at once.</summary>
    public static Dictionary<string, string> Settings(double whatsAppPerSecond) => new()
    {
        ["Twilio__WhatsAppMessagesPerSecond"] = whatsAppPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Jobs__SendCampaignsJob__Cron"] = "0/5 * * * * ?",
    };

    /// <summary>
    /// <paramref name="count"/> customers who last wrote on WhatsApp an hour ago (window open: free text may go out)
    /// and agreed to offers ten days ago, numbered +9198xxxxxxxx. Returns the seconds the insert took.
    /// </summary>
    public static async Task<double> SeedCustomersAsync(BotUnderTest bot, int count)
    {
        var now = DateTime.UtcNow;
        const string Columns = """("Phone", "Name", "CreatedAt", "LastChannel", "LastInboundAt", "WhatsAppWindowOpenedAt", "MarketingConsentAt", "LoyaltyPoints")""";
        var sql = bot.Provider == Provider.Sqlite
            ? $"""
               WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count)
               INSERT INTO customers {Columns}
               SELECT '+9198' || printf('%08d', i), 'Customer ' || i, @created, 'WhatsApp', @window, @window, @consent, 0 FROM n
               """
            : $"""
               INSERT INTO customers {Columns}
               SELECT '+9198' || lpad(i::text, 8, '0'), 'Customer ' || i, @created, 'WhatsApp', @window, @window, @consent, 0
               FROM generate_series(1, @count) AS i
               """;
        var clock = Stopwatch.StartNew();
        await bot.ExecuteAsync(sql, ("count", count), ("created", now.AddDays(-30)), ("window", now.AddHours(-1)), ("consent", now.AddDays(-10)));
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>The owner writes; returns the bot's first reply to the owner after it.</summary>
    public static async Task<string> OwnerSaysAsync(WebhookClient client, FakeTwilio twilio, string text, TimeSpan timeout)
    {
        var before = twilio.Sends.Count(s => s.To == OwnerAddress);
        var (status, _) = await client.PostAsync(TestSettings.OwnerPhone, text);
        if (!WebhookClient.Ok(status))
        {
            throw new InvalidOperationException($"The bot answered the owner's webhook with {status}.");
        }

        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var toOwner = twilio.Sends.Where(s => s.To == OwnerAddress).ToList();
            if (toOwner.Count > before)
            {
                return toOwner[before].Body;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No reply to the owner's \"{text}\" within {timeout.TotalSeconds} s.");
    }

    public static Task<long> CountOffersAsync(BotUnderTest bot, string? status = null) =>
        status is null
            ? bot.ScalarAsync("""SELECT COUNT(*) FROM outbound_messages WHERE "Kind" = @kind""", ("kind", OfferKind))
            : bot.ScalarAsync("""SELECT COUNT(*) FROM outbound_messages WHERE "Kind" = @kind AND "Status" = @status""", ("kind", OfferKind), ("status", status));
}
