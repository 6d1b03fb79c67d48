using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using RetailCrm.Bot.Persistence;
using RetailCrm.Bot.Persistence.Providers;
using Xunit.Abstractions;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>
/// More than ten thousand generated webhooks (signed and unsigned, hostile values, broken encodings, huge, cut short
/// and trickled bodies, junk that is not HTTP) against the real executable on a real socket: no 5xx, nothing at Error
/// or mentioning 500 in its log, every valid message answered exactly once, and memory flat.
/// <para>
/// Memory is measured two ways. The app runs with its managed heap capped (see the environment below), so a managed
/// leak fails the run outright. And its resident set (VmRSS in /proc) is read after each of five equal rounds: the
/// first warms the app up (JIT, thread pool, SQLite's page cache); after it, resident memory may grow by no more than
/// <see cref="AllowedGrowthBytes"/>, which a native leak of about 5 KB a request would pass. (On SQLite it creeps by
/// 2 to 5 MB a round, with the managed heap flat; on PostgreSQL it is flat.)
/// </para>
/// Set RETAILCRM_FUZZ_SEED to replay another run; a failure names its seed.
/// </summary>
public abstract class WebhookFuzzTests(Db db, ITestOutputHelper output)
{
    private const int Requests = 10_200;
    private const int Rounds = 5;
    private const long AllowedGrowthBytes = 48L * 1024 * 1024;

    [Fact]
    public async Task Ten_thousand_hostile_webhooks_get_no_5xx_no_error_in_the_log_and_every_valid_message_one_answer()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("RETAILCRM_FUZZ_SEED"), out var given) ? given : 20261127;
        using var twilio = new FakeTwilio();
        var environment = new Dictionary<string, string>
        {
            // Replies are what is measured here, not pacing: let them go as fast as the fake Twilio takes them.
            ["Twilio__SmsMessagesPerSecond"] = "1000",
            ["Twilio__WhatsAppMessagesPerSecond"] = "1000",
            // Memory: the managed heap is capped at 64 MB, about three times what the app holds under this load (it
            // runs with a 32 MB cap too). Anything kept per request (a body buffer, a tracked entity, a limiter per
            // sender never dropped) of more than a few KB exhausts it within the run, and the OutOfMemoryException shows
            // as 500s and errors below. Workstation GC, so resident memory follows what is alive rather than the
            // server GC's large budgets.
            ["DOTNET_GCHeapHardLimit"] = "0x4000000",
            ["DOTNET_gcServer"] = "0",
        };
        if (db == Db.Postgres)
        {
            environment["Database__Provider"] = "PostgreSQL";
            environment["Database__MigrateOnStart"] = "true";
            environment["ConnectionStrings__Crm"] = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        }

        await using var bot = await RealBot.StartAsync(twilio, environment);
        var fuzzer = new WebhookFuzzer(seed);
        var requests = fuzzer.Generate(Requests);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32 }) { BaseAddress = new Uri(bot.BaseUrl) };
        var results = new System.Collections.Concurrent.ConcurrentBag<(string Category, int Status)>();
        var resident = new List<long>();
        var clock = Stopwatch.StartNew();

        foreach (var round in requests.Chunk((requests.Count + Rounds - 1) / Rounds))
        {
            await Parallel.ForEachAsync(round, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (request, _) =>
                results.Add((request.Category, await request.Send(bot, http))));
            resident.Add(bot.ResidentBytes());
        }

        var sent = clock.Elapsed;
        await using var data = Database(bot);
        await Eventually.TrueAsync(
            async () => !await data.InboundMessages.AnyAsync(m => m.Status == InboxStatus.Pending || m.Status == InboxStatus.Processing)
                        && !await data.OutboundMessages.AnyAsync(m => m.Status == OutboundStatus.Pending || m.Status == OutboundStatus.Dispatching),
            "every valid message to be handled and answered",
            TimeSpan.FromSeconds(120));

        var summary = $"seed {seed}, {results.Count} requests in {sent.TotalSeconds:F0} s; resident MB per round: "
                      + string.Join(", ", resident.Select(r => (r / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "\n"
                      + string.Join("\n", results.GroupBy(r => (r.Category, r.Status)).OrderBy(g => g.Key.Category).ThenBy(g => g.Key.Status)
                          .Select(g => $"  {g.Key.Category} → {g.Key.Status}: {g.Count()}"));
        output.WriteLine(summary);

        Assert.True(results.Count >= 10_000, summary);
        // Kestrel's own 505 for "HTTP/9.9" is the right answer; any other 5xx is the app failing.
        Assert.DoesNotContain(results, r => r.Status >= 500 && !(r.Status == 505 && r.Category == "malformed HTTP"));
        // Every request that was meant to get an answer got one (the cut-short ones hang up first).
        Assert.DoesNotContain(results, r => r.Status == -1 || (r.Status == 0 && r.Category != "aborted"));
        Assert.Contains(results, r => r is { Category: "slow", Status: 408 });
        var problems = ServerLog.Problems(bot.Output);
        Assert.True(problems.Count == 0, $"{summary}\nlog lines at Error or with 500:\n{string.Join('\n', problems.Take(20))}\nthe first in context:\n{ServerLog.FirstProblemWithContext(bot.Output)}");

        await AssertEveryValidMessageAnsweredOnceAsync(data, fuzzer, twilio, summary);
        Assert.True(
            resident.Skip(1).Max() - resident[0] < AllowedGrowthBytes,
            $"resident memory grew by more than {AllowedGrowthBytes / 1024 / 1024} MB after the first round; {summary}");
    }

    private static async Task AssertEveryValidMessageAnsweredOnceAsync(CrmDbContext data, WebhookFuzzer fuzzer, FakeTwilio twilio, string summary)
    {
        var inbound = await data.InboundMessages.AsNoTracking().Select(m => new { m.Id, m.MessageSid, m.Status, m.FromPhone }).ToListAsync();
        var replies = await data.OutboundMessages.AsNoTracking().Select(m => new { m.InboundMessageId, m.ToPhone, m.Status }).ToListAsync();
        var atTwilio = twilio.Sent.GroupBy(s => s.To.Replace("whatsapp:", "", StringComparison.Ordinal)).ToDictionary(g => g.Key, g => g.Count());

        var missing = new List<string>();
        foreach (var (sid, phone) in fuzzer.Valid)
        {
            var row = inbound.SingleOrDefault(m => m.MessageSid == sid);
            var answers = row is null ? 0 : replies.Count(r => r.InboundMessageId == row.Id);
            var toSender = replies.Count(r => r.ToPhone == phone);
            if (row?.Status != InboxStatus.Processed || answers == 0 || atTwilio.GetValueOrDefault(phone) != toSender)
            {
                missing.Add($"{sid} from {phone}: {row?.Status.ToString() ?? "not stored"}, {answers} replies, {atTwilio.GetValueOrDefault(phone)} at Twilio of {toSender}");
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} of {fuzzer.Valid.Count} valid messages not answered exactly once:\n{string.Join('\n', missing.Take(20))}\n{summary}");
        Assert.Equal(inbound.Count, inbound.Select(m => m.MessageSid).Distinct().Count());
        var answeredWrongly = fuzzer.NeverAnswered.Where(p => atTwilio.ContainsKey(p) || replies.Any(r => r.ToPhone == p)).ToList();
        Assert.True(answeredWrongly.Count == 0, $"answered, but must not be: {string.Join(", ", answeredWrongly.Take(20))}");
    }

    private CrmDbContext Database(RealBot bot) => db == Db.Postgres
        ? new PostgresCrmDbContext((DbContextOptions<PostgresCrmDbContext>)new DbContextOptionsBuilder<PostgresCrmDbContext>().UseCrmPostgres(bot.ConnectionString).Options)
        : new SqliteCrmDbContext((DbContextOptions<SqliteCrmDbContext>)new DbContextOptionsBuilder<SqliteCrmDbContext>().UseCrmSqlite(bot.ConnectionString).Options);
}

public sealed class SqliteWebhookFuzzTests(ITestOutputHelper output) : WebhookFuzzTests(Db.Sqlite, output);

public sealed class PostgresWebhookFuzzTests(ITestOutputHelper output) : WebhookFuzzTests(Db.Postgres, output);
