using System.Diagnostics;
using System.Globalization;

namespace RetailCrm.Bot.Benchmarks.EndToEnd;

/// <summary>
/// Signed inbound webhooks at full speed from N concurrent clients for D seconds, each with its own MessageSid and
/// sender, against a bare Kestrel endpoint doing the same form, signature and TwiML, then against the bot (which
/// runs the turns and sends the replies to the fake Twilio meanwhile). Afterwards every acknowledged message must
/// be in the inbox table.
/// </summary>
public static class IngestBenchmark
{
    /// <summary>Turns are part of the load: replies must not wait on the default 10 WhatsApp messages a second.</summary>
    public static readonly Dictionary<string, string> UnpacedReplies = new()
    {
        ["Twilio__WhatsAppMessagesPerSecond"] = "1000",
        ["Twilio__SmsMessagesPerSecond"] = "1000",
    };

    private static int _sender;

    public static async Task<int> RunAsync(BenchArgs args, TextWriter output)
    {
        var clients = args.Clients ?? 64;
        var duration = TimeSpan.FromSeconds(args.Duration ?? 10);
        var warmUp = TimeSpan.FromSeconds(Math.Min(2, duration.TotalSeconds));
        output.WriteLine($"ingest: {clients} clients, {duration.TotalSeconds} s each, {args.ProviderName}; {Machine.Describe()}; load {Machine.Load()}");

        await using var twilio = await FakeTwilio.StartAsync();
        LoadResult bare;
        await using (var endpoint = await BareWebhook.StartAsync())
        {
            using var client = new WebhookClient(endpoint.Url);
            await FloodAsync(client, clients, warmUp);
            bare = await FloodAsync(client, clients, duration);
        }

        await using var bot = await BotUnderTest.StartAsync(args.Provider, twilio, UnpacedReplies);
        LoadResult measured;
        string rss;
        long acknowledged;
        long storedBefore;
        await using (var sampler = new RssSampler(bot.ResidentBytes, TimeSpan.FromMilliseconds(500)))
        {
            using var client = new WebhookClient(bot.Bot.BaseUrl);
            await TurnsBenchmark.WarmUpAsync(client, twilio, args, output);
            storedBefore = await bot.ScalarAsync("SELECT COUNT(*) FROM inbound_messages");
            var warm = await FloodAsync(client, clients, warmUp);
            measured = await FloodAsync(client, clients, duration);
            acknowledged = warm.Ok + measured.Ok;
            rss = sampler.Summary();
        }

        var stored = await bot.ScalarAsync("SELECT COUNT(*) FROM inbound_messages") - storedBefore;
        var replies = twilio.Count;
        var load = Machine.Load();
        await bot.StopAsync();

        Table.Print(output, $"ingest, {args.ProviderName}, {clients} clients x {duration.TotalSeconds} s",
            ["endpoint", "requests/s", "p50 ms", "p99 ms", "max ms", "errors", "vs bare"],
            [bare.Row("bare Kestrel (form + signature + TwiML)", bare), measured.Row("RetailCrm.Bot", bare)]);
        output.WriteLine($"acknowledged {acknowledged} (incl. warm-up), stored in inbound_messages {stored} (besides the turn warm-up's), lost {Math.Max(0, acknowledged - stored)}; replies at fake Twilio by the end {replies}");
        output.WriteLine($"bot RSS: {rss}");
        output.WriteLine($"machine: {Machine.Describe()}; load at end {load}");
        return 0;
    }

    /// <summary>Each client posts, waits for the answer, posts again, until the time is up.</summary>
    public static async Task<LoadResult> FloodAsync(WebhookClient client, int clients, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var errors = new Dictionary<int, int>();
            while (clock.Elapsed < duration)
            {
                var sender = Interlocked.Increment(ref _sender);
                var (status, ms) = await client.PostAsync(string.Create(CultureInfo.InvariantCulture, $"+9177{sender:D8}"), "hi");
                if (WebhookClient.Ok(status))
                {
                    latencies.Add(ms);
                }
                else
                {
                    errors[status] = errors.GetValueOrDefault(status) + 1;
                }
            }

            return (latencies, errors);
        })).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var all = results.SelectMany(r => r.latencies).Order().ToList();
        var errorsByStatus = results.SelectMany(r => r.errors).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Sum(e => e.Value));
        return new LoadResult(all.Count, errorsByStatus, elapsed, all);
    }
}

public sealed record LoadResult(int Ok, IReadOnlyDictionary<int, int> Errors, TimeSpan Elapsed, IReadOnlyList<double> SortedMs)
{
    public double PerSecond => Ok / Elapsed.TotalSeconds;

    public string[] Row(string name, LoadResult baseline) =>
    [
        name,
        Number.F(PerSecond),
        Percentiles.Ms(Percentiles.Of(SortedMs, 50)),
        Percentiles.Ms(Percentiles.Of(SortedMs, 99)),
        Percentiles.Ms(SortedMs.Count == 0 ? double.NaN : SortedMs[^1]),
        Errors.Count == 0 ? "0" : string.Join(", ", Errors.Select(e => $"{e.Value} x {(e.Key == 0 ? "failed" : e.Key.ToString(CultureInfo.InvariantCulture))}")),
        ReferenceEquals(this, baseline) ? "1" : Number.F(PerSecond / baseline.PerSecond, 3),
    ];
}
