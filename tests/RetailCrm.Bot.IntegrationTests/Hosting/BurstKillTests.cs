using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>
/// The real executable under a burst of signed webhooks from many clients at once, killed with SIGKILL in the middle of
/// it; then the database is counted: every request that got its 200 has its message stored. (A request cut off by the
/// kill got no answer, so Twilio would deliver it again; whether it was stored does not matter.)
/// </summary>
public abstract class BurstKillTests(Db db, ITestOutputHelper output)
{
    private const string Path = TwilioWebhooksApi.MessagesPath;
    private const int Clients = 48;
    private const int AcknowledgedBeforeKill = 1_500;

    [Fact]
    public async Task Killed_during_a_burst_every_acknowledged_message_is_in_the_database()
    {
        using var twilio = new FakeTwilio();
        var environment = new Dictionary<string, string>();
        if (db == Db.Postgres)
        {
            environment["Database__Provider"] = "PostgreSQL";
            environment["Database__MigrateOnStart"] = "true";
            environment["ConnectionStrings__Crm"] = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        }

        await using var bot = await RealBot.StartAsync(twilio, environment);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients }) { BaseAddress = new Uri(bot.BaseUrl) };
        var acknowledged = new ConcurrentBag<string>();
        var refused = new ConcurrentBag<HttpStatusCode>();
        var cutOff = 0;
        var killed = false;
        var next = 0;

        var senders = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            while (!Volatile.Read(ref killed))
            {
                var form = TwilioWebhook.Sms($"+91980{Interlocked.Increment(ref next):D7}", "hi");
                try
                {
                    using var response = await TwilioWebhook.PostAsync(http, Path, form);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        acknowledged.Add(form["MessageSid"]);
                    }
                    else
                    {
                        refused.Add(response.StatusCode);
                    }
                }
                catch (HttpRequestException ex) when (ex.HttpRequestError != HttpRequestError.ConnectionError)
                {
                    // Sent on an open connection and never answered: in flight when the process died.
                    Interlocked.Increment(ref cutOff);
                }
                catch (HttpRequestException)
                {
                    // Refused: the process is gone and this loop has not seen it yet.
                }
            }
        })).ToList();

        await Eventually.WhileProgressingAsync(
            () => Task.FromResult(acknowledged.Count), n => n, AcknowledgedBeforeKill, TimeSpan.FromSeconds(60), "acknowledged webhooks");
        // The senders keep going until the process is gone, so the kill lands with requests in flight.
        await bot.KillAsync();
        Volatile.Write(ref killed, true);
        await Task.WhenAll(senders);

        var stored = await StoredSidsAsync(bot.ConnectionString);
        var lost = acknowledged.Where(sid => !stored.Contains(sid)).ToList();
        var summary = $"{acknowledged.Count} acknowledged, {refused.Count} refused ({string.Join(", ", refused.Distinct())}), {cutOff} cut off by the kill, {stored.Count} stored";
        output.WriteLine(summary);
        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged but not stored, such as {string.Join(", ", lost.Take(5))}; {summary}");
        Assert.True(cutOff > 0, $"no request was in flight when the process died, so the kill tested nothing; {summary}");
        Assert.Empty(refused);
    }

    private async Task<HashSet<string>> StoredSidsAsync(string connectionString)
    {
        await using DbConnection connection = db == Db.Postgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"MessageSid\" FROM inbound_messages";
        var sids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sids.Add(reader.GetString(0));
        }

        return sids;
    }
}

public sealed class SqliteBurstKillTests(ITestOutputHelper output) : BurstKillTests(Db.Sqlite, output);

public sealed class PostgresBurstKillTests(ITestOutputHelper output) : BurstKillTests(Db.Postgres, output);
