using System.Diagnostics;
using System.Globalization;

namespace RetailCrm.Bot.Benchmarks.EndToEnd;

/// <summary>
/// Inbound message to reply, at steady rates: each message comes from a shopper never seen before, and its latency
/// runs from the moment its webhook is sent to the moment the reply reaches the fake Twilio. The baseline is a bare
/// endpoint that answers the webhook and echoes a reply to the same fake Twilio: the HTTP round trips a bot cannot
/// avoid. Rates stop rising once the bot saturates: not everything answered within the grace period after the last
/// send, or replies under 80% of the offered rate.
/// </summary>
public static class TurnsBenchmark
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);
    private static int _shopper;

    public static async Task<int> RunAsync(BenchArgs args, TextWriter output)
    {
        var rates = args.Rates ?? [20, 50, 100, 200, 300];
        var duration = TimeSpan.FromSeconds(args.Duration ?? 10);
        output.WriteLine($"turns: rates {string.Join(", ", rates)}/s, {duration.TotalSeconds} s each, {args.ProviderName}; {Machine.Describe()}; load {Machine.Load()}");

        await using var twilio = await FakeTwilio.StartAsync();
        var baseline = new List<Step>();
        await using (var echo = await BareWebhook.StartAsync(echoTo: twilio))
        {
            using var client = new WebhookClient(echo.Url);
            await SteadyAsync(client, twilio, 20, TimeSpan.FromSeconds(1)); // warm-up
            foreach (var rate in rates)
            {
                baseline.Add(await SteadyAsync(client, twilio, rate, duration));
            }
        }

        await using var bot = await BotUnderTest.StartAsync(args.Provider, twilio, IngestBenchmark.UnpacedReplies);
        var measured = new List<Step>();
        var cpuPerTurn = new List<string>();
        string rss;
        await using (var sampler = new RssSampler(bot.ResidentBytes, TimeSpan.FromMilliseconds(500)))
        {
            using var client = new WebhookClient(bot.Bot.BaseUrl);
            await WarmUpAsync(client, twilio, args, output);
            foreach (var rate in rates)
            {
                var cpuBefore = bot.ProcessorTime();
                var step = await SteadyAsync(client, twilio, rate, duration);
                var cpu = CpuMsPerTurn(cpuBefore, bot.ProcessorTime(), step.Replied);
                measured.Add(step);
                cpuPerTurn.Add(cpu);
                output.WriteLine($"  bot at {rate}/s: {step.Replied}/{step.Sent} replied at {Number.F(step.Achieved)}/s, p50 {Percentiles.Ms(step.P(50))} ms, p99 {Percentiles.Ms(step.P(99))} ms, webhook errors {step.Errors}, bot CPU {cpu} ms a turn");
                if (step.Replied < step.Sent || step.Achieved < 0.8 * rate)
                {
                    // A backlog only grows from here: more rates would measure the queue, and take minutes to drain.
                    output.WriteLine($"  saturated (not all answered within {Grace.TotalSeconds} s of the last send, or under 80% of the offered rate): higher rates skipped");
                    break;
                }
            }

            rss = sampler.Summary();
        }

        var load = Machine.Load();
        await bot.StopAsync();
        Table.Print(output, $"turns, {args.ProviderName}, {duration.TotalSeconds} s per rate (latency: webhook sent -> reply POST at fake Twilio)",
            ["offered/s", "bot turns/s", "bot replied", "bot p50 ms", "bot p99 ms", "bot CPU ms/turn", "bare echo/s", "bare p50 ms", "bare p99 ms"],
            baseline.Select((b, i) => i < measured.Count
                ? [b.Rate.ToString(CultureInfo.InvariantCulture), Number.F(measured[i].Achieved), $"{measured[i].Replied}/{measured[i].Sent}",
                   Percentiles.Ms(measured[i].P(50)), Percentiles.Ms(measured[i].P(99)), cpuPerTurn[i], Number.F(b.Achieved), Percentiles.Ms(b.P(50)), Percentiles.Ms(b.P(99))]
                : new[] { b.Rate.ToString(CultureInfo.InvariantCulture), "skipped", "-", "-", "-", "-", Number.F(b.Achieved), Percentiles.Ms(b.P(50)), Percentiles.Ms(b.P(99)) }));
        output.WriteLine($"bot RSS: {rss}");
        output.WriteLine($"machine: {Machine.Describe()}; load at end {load}");
        return 0;
    }

    /// <summary>
    /// The bot process's CPU time (user and kernel, all threads) over a step, per reply: what a turn costs whatever else
    /// shares the machine, so it varies less from run to run than the rates do. PostgreSQL's own server is not in it.
    /// </summary>
    private static string CpuMsPerTurn(TimeSpan? before, TimeSpan? after, int replied) =>
        before is { } b && after is { } a && replied > 0 ? Number.F((a - b).TotalMilliseconds / replied, 1) : "-";

    /// <summary>
    /// The bot as it runs after its first minute, not its first seconds: for about 40 s under load the runtime is still
    /// compiling (counted here: half a core of JIT time at 80 turns a second, then none), and a measurement taken
    /// meanwhile is mostly of the compiler. Turns at a rate the bot keeps up with, then a pause for what is queued.
    /// </summary>
    public static async Task WarmUpAsync(WebhookClient client, FakeTwilio twilio, BenchArgs args, TextWriter output)
    {
        var seconds = args.Warmup ?? DefaultWarmupSeconds;
        if (seconds <= 0)
        {
            return;
        }

        var step = await SteadyAsync(client, twilio, WarmupRate, TimeSpan.FromSeconds(seconds));
        output.WriteLine($"  warm-up: {step.Sent} messages at {WarmupRate}/s over {seconds} s, {step.Replied} replied (not measured)");
        await Task.Delay(TimeSpan.FromSeconds(2));
    }

    public const double DefaultWarmupSeconds = 45;

    private const int WarmupRate = 40;

    /// <summary>
    /// Sends <paramref name="rate"/> messages a second for <paramref name="duration"/> on a fixed schedule (a slow answer
    /// never delays the next send), then waits for every reply or the grace period.
    /// </summary>
    private static async Task<Step> SteadyAsync(WebhookClient client, FakeTwilio twilio, int rate, TimeSpan duration)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var sentAt = new Dictionary<string, long>(total);
        var posts = new List<Task<(int Status, double Ms)>>(total);
        var before = twilio.Count;
        var clock = Stopwatch.StartNew();
        var firstSent = Stopwatch.GetTimestamp();
        for (var i = 0; i < total;)
        {
            var due = Math.Min(total, (int)(clock.Elapsed.TotalSeconds * rate) + 1);
            for (; i < due; i++)
            {
                var phone = string.Create(CultureInfo.InvariantCulture, $"+9176{Interlocked.Increment(ref _shopper):D8}");
                sentAt["whatsapp:" + phone] = Stopwatch.GetTimestamp();
                posts.Add(client.PostAsync(phone, "hi"));
            }

            await Task.Delay(1);
        }

        var answers = await Task.WhenAll(posts);
        var deadline = Stopwatch.GetTimestamp() + (long)(Grace.TotalSeconds * Stopwatch.Frequency);
        Dictionary<string, long> replies;
        while (true)
        {
            replies = twilio.Sends.Skip(before).Where(s => sentAt.ContainsKey(s.To)).GroupBy(s => s.To).ToDictionary(g => g.Key, g => g.First().Arrived);
            if (replies.Count >= total || Stopwatch.GetTimestamp() > deadline)
            {
                break;
            }

            await Task.Delay(100);
        }

        var latencies = replies.Select(r => Stopwatch.GetElapsedTime(sentAt[r.Key], r.Value).TotalMilliseconds).Order().ToList();
        var span = replies.Count == 0 ? 1 : Stopwatch.GetElapsedTime(firstSent, replies.Values.Max()).TotalSeconds;
        return new Step(rate, total, replies.Count, answers.Count(a => !WebhookClient.Ok(a.Status)), replies.Count / span, latencies);
    }

    /// <param name="Achieved">Replies received over the time from the first send to the last reply.</param>
    private sealed record Step(int Rate, int Sent, int Replied, int Errors, double Achieved, IReadOnlyList<double> SortedMs)
    {
        public double P(double percentile) => Percentiles.Of(SortedMs, percentile);
    }
}
