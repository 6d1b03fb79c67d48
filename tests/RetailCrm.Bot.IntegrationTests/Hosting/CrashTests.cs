using System.Net;
using Microsoft.Data.Sqlite;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>
/// The real executable, killed with SIGKILL while it is sending replies, twenty times over one SQLite database, and
/// started again each time: every shopper's message is answered exactly once. Twilio (WireMock) takes a moment to
/// accept each send, so a kill lands between "Twilio accepted it" and "the bot wrote that down".
/// </summary>
public sealed class CrashTests
{
    private const int Crashes = 20;
    private const int ShoppersPerRun = 4;

    [Fact]
    public async Task Killed_mid_send_twenty_times_every_message_is_answered_exactly_once()
    {
        using var twilio = new FakeTwilio();
        twilio.AcceptEverything(sendDelay: TimeSpan.FromMilliseconds(700));
        var folder = Directory.CreateTempSubdirectory("retailcrm-crash-").FullName;
        var database = Path.Combine(folder, "crm.db");
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Crm"] = $"Data Source={database}" };
        var shoppers = new List<string>();
        try
        {
            for (var run = 0; run < Crashes; run++)
            {
                var bot = await RealBot.StartAsync(twilio, environment);
                try
                {
                    for (var i = 0; i < ShoppersPerRun; i++)
                    {
                        var shopper = $"+919876{run:D2}{i:D3}0";
                        shoppers.Add(shopper);
                        var response = await TwilioWebhook.PostAsync(bot.Http, TwilioWebhooksApi.MessagesPath, TwilioWebhook.Sms(shopper, "hi"));
                        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    }

                    // Kill only once a reply is on its way to Twilio, so every run crashes mid-send.
                    await Eventually.TrueAsync(() => Task.FromResult(Count(database, "outbound_messages", "Dispatching") > 0),
                        $"a reply being sent in run {run + 1}", TimeSpan.FromSeconds(60));
                }
                finally
                {
                    await bot.DisposeAsync(); // Process.Kill: SIGKILL, no shutdown hooks run
                }
            }

            // One last start, left to finish: what the dead runs left claimed is taken up again.
            await using var last = await RealBot.StartAsync(twilio, environment);
            await Eventually.TrueAsync(
                () => Task.FromResult(Count(database, "inbound_messages", "Pending", "Processing") == 0
                                      && Count(database, "outbound_messages", "Pending", "Dispatching") == 0),
                "every message to be handled and every reply settled", TimeSpan.FromSeconds(120));

            var accepted = twilio.Sent.GroupBy(s => s.To).ToDictionary(g => g.Key, g => g.Select(s => s.Body).ToList());
            var wrong = shoppers
                .Where(s => accepted.GetValueOrDefault(s)?.Count != 1)
                .Select(s => $"{s}: {accepted.GetValueOrDefault(s)?.Count ?? 0} replies [{string.Join(" | ", accepted.GetValueOrDefault(s) ?? [])}]")
                .ToList();
            Assert.True(wrong.Count == 0, $"{wrong.Count} of {shoppers.Count} shoppers not answered exactly once:\n{string.Join('\n', wrong)}\n{last.Log}");
            Assert.Equal(shoppers.Count, Count(database, "inbound_messages", "Processed"));
            Assert.True(twilio.Lookups > 0, "no run died with a send in flight, so nothing was tested");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Rows of a table in the given states, read straight from the file the bot writes.</summary>
    private static long Count(string database, string table, params string[] statuses)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE Status IN ({string.Join(", ", statuses.Select(s => $"'{s}'"))})";
        return (long)command.ExecuteScalar()!;
    }
}
