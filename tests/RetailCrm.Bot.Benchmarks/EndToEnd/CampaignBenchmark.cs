using System.Data.Common;
using System.Diagnostics;
using System.Globalization;

namespace RetailCrm.Bot.Benchmarks.EndToEnd;

/// <summary>
/// Campaign fan-out: N opted-in customers, the owner sends "offer all 10% off this week" and "YES", and the clock
/// runs from the YES until N offer rows are in outbound_messages (or the timeout, which reports how far it got).
/// The baseline, after the bot is stopped: one raw INSERT … SELECT of the same N rows (one of the bot's own offer
/// rows, with each customer's id, phone and a unique key) into a copy of outbound_messages with its indexes.
/// </summary>
public static class CampaignBenchmark
{
    private const string Scratch = "bench_outbound_messages";

    public static async Task<int> RunAsync(BenchArgs args, TextWriter output)
    {
        var customers = args.Customers ?? 100_000;
        var timeout = TimeSpan.FromSeconds(args.Timeout ?? 600);
        output.WriteLine($"campaign: {customers} customers, timeout {timeout.TotalSeconds} s, {args.ProviderName}; {Machine.Describe()}; load {Machine.Load()}");

        await using var twilio = await FakeTwilio.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(args.Provider, twilio, OwnerCampaign.Settings(80));
        using var client = new WebhookClient(bot.Bot.BaseUrl);
        var seeded = await OwnerCampaign.SeedCustomersAsync(bot, customers);
        output.WriteLine($"seeded {customers} customers in {seeded:F2} s");

        var progress = new List<(double Seconds, long Queued, long? Rss)>();
        double? botSeconds = null;
        long queued;
        string rss;
        await using (var sampler = new RssSampler(bot.ResidentBytes, TimeSpan.FromSeconds(1)))
        {
            var preview = await OwnerCampaign.OwnerSaysAsync(client, twilio, "offer all 10% off this week", timeout);
            output.WriteLine($"owner <- {FirstLine(preview)}");
            var clock = Stopwatch.StartNew();
            await OwnerCampaign.OwnerSaysAsync(client, twilio, "YES", timeout);
            while (true)
            {
                queued = await OwnerCampaign.CountOffersAsync(bot);
                // The last row is always the final count at its moment: the table's figures come from it.
                if (progress.Count == 0 || clock.Elapsed.TotalSeconds - progress[^1].Seconds >= ProgressEvery(timeout) || queued >= customers || clock.Elapsed > timeout)
                {
                    progress.Add((clock.Elapsed.TotalSeconds, queued, bot.ResidentBytes()));
                }

                if (queued >= customers)
                {
                    botSeconds = clock.Elapsed.TotalSeconds;
                    break;
                }

                if (clock.Elapsed > timeout)
                {
                    break;
                }

                await Task.Delay(500);
            }

            rss = sampler.Summary();
        }

        var sent = twilio.Sends.Count(s => s.To != OwnerCampaign.OwnerAddress);
        var load = Machine.Load();
        await bot.StopAsync();
        var (baselineRows, baselineSeconds) = await RawInsertAsync(bot);

        var elapsed = botSeconds ?? progress[^1].Seconds;
        Table.Print(output, $"campaign fan-out, {args.ProviderName}, {customers} opted-in customers",
            ["what", "rows", "seconds", "rows/s", "vs raw insert"],
            [
                [botSeconds is null ? $"RetailCrm.Bot (timed out at {timeout.TotalSeconds} s)" : "RetailCrm.Bot (YES -> all offers queued)",
                 $"{queued}/{customers}", Number.F(elapsed, 3), Number.F(queued / elapsed),
                 baselineSeconds is null ? "-" : botSeconds is null ? $">= {Number.F(elapsed / baselineSeconds.Value, 1)}x (projected {Number.F(customers / Math.Max(queued, 1.0) * elapsed / baselineSeconds.Value, 0)}x)" : $"{Number.F(elapsed / baselineSeconds.Value, 1)}x"],
                ["raw INSERT … SELECT into a copy of outbound_messages", baselineRows.ToString(CultureInfo.InvariantCulture),
                 baselineSeconds is null ? "-" : Number.F(baselineSeconds.Value, 3), baselineSeconds is null ? "-" : Number.F(baselineRows / baselineSeconds.Value), "1x"],
            ]);
        Table.Print(output, "queued offers and bot RSS over time (from YES)",
            ["s", "queued", "RSS MB"],
            progress.Select(p => new[] { Number.F(p.Seconds, 1), p.Queued.ToString(CultureInfo.InvariantCulture), p.Rss is { } b ? RssSampler.Mb(b) : "-" }));
        output.WriteLine($"offers sent to the fake Twilio meanwhile: {sent} (Twilio:WhatsAppMessagesPerSecond=80)");
        output.WriteLine($"bot RSS: {rss}");
        output.WriteLine($"machine: {Machine.Describe()}; load at end {load}");
        return 0;
    }

    private static double ProgressEvery(TimeSpan timeout) => Math.Max(5, timeout.TotalSeconds / 30);

    private static string FirstLine(string text) => text.Split('\n')[0];

    /// <summary>
    /// One INSERT … SELECT of a row per opted-in customer into a fresh copy of outbound_messages (same columns and
    /// indexes, foreign key to customers), built from one of the bot's offer rows: what a set-based fan-out costs here.
    /// </summary>
    private static async Task<(long Rows, double? Seconds)> RawInsertAsync(BotUnderTest bot)
    {
        var template = await bot.ScalarAsync("""SELECT COALESCE(MIN("Id"), 0) FROM outbound_messages WHERE "Kind" = @kind""", ("kind", OwnerCampaign.OfferKind));
        if (template == 0)
        {
            return (0, null);
        }

        await using var connection = await bot.OpenAsync();
        var columns = new List<string>();
        await using (var read = BotUnderTest.Command(connection, bot.Provider == Provider.Sqlite
                         ? "SELECT name FROM pragma_table_info('outbound_messages')"
                         : "SELECT column_name FROM information_schema.columns WHERE table_name = 'outbound_messages' AND table_schema = current_schema() ORDER BY ordinal_position"))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        foreach (var ddl in await ScratchTableAsync(connection, bot.Provider))
        {
            await using var create = BotUnderTest.Command(connection, ddl);
            await create.ExecuteNonQueryAsync();
        }

        var targets = columns.Where(c => c != "Id").ToList();
        var values = targets.Select(c => c switch
        {
            "CustomerId" => "c.\"Id\"",
            "ToPhone" => "c.\"Phone\"",
            "IdempotencyKey" => "'bench:' || c.\"Id\"",
            _ => $"t.\"{c}\"",
        });
        var insert = $"""
            INSERT INTO {Scratch} ({string.Join(", ", targets.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", values)}
            FROM customers c CROSS JOIN (SELECT * FROM outbound_messages WHERE "Id" = @template) t
            WHERE c."MarketingConsentAt" IS NOT NULL AND c."OptedOutAt" IS NULL
            """;
        await using var command = BotUnderTest.Command(connection, insert, ("template", template));
        var clock = Stopwatch.StartNew();
        var rows = await command.ExecuteNonQueryAsync();
        return (rows, clock.Elapsed.TotalSeconds);
    }

    private static async Task<IReadOnlyList<string>> ScratchTableAsync(DbConnection connection, Provider provider)
    {
        if (provider == Provider.Postgres)
        {
            return
            [
                $"DROP TABLE IF EXISTS {Scratch}",
                $"CREATE TABLE {Scratch} (LIKE outbound_messages INCLUDING ALL)",
                $"""ALTER TABLE {Scratch} ADD FOREIGN KEY ("CustomerId") REFERENCES customers ("Id")""",
            ];
        }

        // SQLite has no CREATE TABLE … LIKE: the table's and its indexes' own DDL under the scratch name. The bot's
        // connections (EF Core) turn foreign keys on; so does this one.
        var statements = new List<string> { $"DROP TABLE IF EXISTS {Scratch}", "PRAGMA foreign_keys = ON" };
        await using var read = BotUnderTest.Command(connection, "SELECT sql FROM sqlite_master WHERE tbl_name = 'outbound_messages' AND sql IS NOT NULL ORDER BY type DESC");
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statements.Add(reader.GetString(0).Replace("outbound_messages", Scratch, StringComparison.Ordinal));
        }

        return statements;
    }
}
