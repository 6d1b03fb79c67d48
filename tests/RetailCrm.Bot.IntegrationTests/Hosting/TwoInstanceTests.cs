using Npgsql;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>
/// Two real processes share one PostgreSQL database, as two instances behind a load balancer would. One is killed
/// with SIGKILL in the middle of a campaign; the other finishes it. Every customer gets the offer exactly once, and
/// the two together never send faster than the one configured rate.
/// </summary>
public sealed class TwoInstanceTests
{
    private const int Customers = 600;
    private const int PerSecond = 40;

    [Fact]
    public async Task One_of_two_instances_killed_mid_campaign_the_other_finishes_it_with_none_lost_and_none_doubled()
    {
        using var twilio = new FakeTwilio();
        twilio.AcceptEverything(sendDelay: TimeSpan.FromMilliseconds(300)); // kills land between "accepted" and "recorded"
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Crm"] = connectionString,
            ["Database__MigrateOnStart"] = "true",
            ["Twilio__WhatsAppMessagesPerSecond"] = PerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        await using var survivor = await RealBot.StartAsync(twilio, environment);
        await SeedCustomersAsync(connectionString);
        var victim = await RealBot.StartAsync(twilio, environment);
        try
        {
            // The owner talks to the instance that will die; either may run the campaign job.
            await SendAsync(victim, "offer all Diwali sale: 30% off everything");
            await Eventually.TrueAsync(() => Task.FromResult(twilio.Sent.Any(s => s.Body.Contains("customers will get", StringComparison.Ordinal))), "the confirmation question");
            await SendAsync(victim, "YES");

            await Eventually.TrueAsync(() => Task.FromResult(Offers(twilio).Count >= Customers / 3), "a third of the offers to go out", TimeSpan.FromSeconds(120));
        }
        finally
        {
            await victim.DisposeAsync(); // SIGKILL, whatever it had claimed or half-sent
        }

        var sentAfterKill = Offers(twilio).Count;
        Assert.True(sentAfterKill < Customers, "the campaign finished before the kill, so nothing was tested");
        await Eventually.TrueAsync(
            async () => await CountAsync(connectionString, """SELECT count(*) FROM outbound_messages WHERE "Kind" = 'offer' AND "Status" IN ('Pending', 'Dispatching')""") == 0
                        && await CountAsync(connectionString, """SELECT count(*) FROM outbound_messages WHERE "Kind" = 'offer'""") == Customers,
            "the surviving instance to finish the campaign",
            TimeSpan.FromSeconds(180));

        var offers = Offers(twilio);
        var perCustomer = offers.GroupBy(o => o.To).ToDictionary(g => g.Key, g => g.Count());
        var doubled = perCustomer.Where(p => p.Value > 1).Select(p => p.Key).ToList();
        Assert.True(doubled.Count == 0, $"{doubled.Count} customers got the offer twice: {string.Join(", ", doubled.Take(10))}");
        Assert.Equal(Customers, perCustomer.Count);
        Assert.True(twilio.Lookups > 0, "the killed instance left nothing claimed, so taking over was not tested");
        Assert.Equal(Customers, await CountAsync(connectionString, """SELECT count(*) FROM outbound_messages WHERE "Kind" = 'offer' AND "SentAt" IS NOT NULL"""));

        // One rate for both: 600 messages at 40 a second take at least 15 seconds however they are shared out
        // (two instances pacing on their own would have taken about half that).
        var times = twilio.Server.LogEntries
            .Where(e => e.RequestMessage.Path == FakeTwilio.MessagesPath && e.RequestMessage.Method == "POST" && (e.RequestMessage.Body ?? "").Contains("Diwali", StringComparison.Ordinal)
                        && !(e.RequestMessage.Body ?? "").Contains(TestSettings.OwnerPhone[1..], StringComparison.Ordinal))
            .Select(e => e.RequestMessage.DateTime)
            .Order()
            .ToList();
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds((Customers - 1.0) / PerSecond) - TimeSpan.FromMilliseconds(100), $"sent in {(times[^1] - times[0]).TotalSeconds:F1} s");
    }

    /// <summary>The offers to customers (the owner's own confirmation quotes the offer too).</summary>
    private static List<SentRequest> Offers(FakeTwilio twilio) =>
        twilio.Sent.Where(s => s.Body.Contains("Diwali", StringComparison.Ordinal) && !s.To.EndsWith(TestSettings.OwnerPhone, StringComparison.Ordinal)).ToList();

    private static async Task SendAsync(RealBot bot, string text)
    {
        var response = await TwilioWebhook.PostAsync(bot.Http, TwilioWebhooksApi.MessagesPath, TwilioWebhook.WhatsApp(TestSettings.OwnerPhone, text));
        Assert.True(response.IsSuccessStatusCode, $"webhook answered {(int)response.StatusCode}");
    }

    /// <summary>Customers who agreed to offers and wrote on WhatsApp an hour ago, so free text may go to them.</summary>
    private static async Task SeedCustomersAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO customers ("Phone", "Name", "CreatedAt", "LastChannel", "WhatsAppWindowOpenedAt", "MarketingConsentAt", "LoyaltyPoints")
            SELECT '+9197' || lpad(i::text, 8, '0'), 'Shopper ' || i, now() - interval '30 days', 'WhatsApp', now() - interval '1 hour',
                   now() - interval '30 days', 0
            FROM generate_series(1, @count) AS i
            """,
            connection);
        command.Parameters.AddWithValue("count", Customers);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
