using System.Diagnostics;
using System.Globalization;

namespace RetailCrm.Bot.Benchmarks.EndToEnd;

/// <summary>
/// Sending pace: a campaign to enough opted-in WhatsApp customers (window open, so free text may go out) to keep the
/// sender busy, with <c>Twilio:WhatsAppMessagesPerSecond</c> set; from the first offer that reaches the fake Twilio,
/// for D seconds: the mean rate against the configured one (the baseline), the busiest 1-second window, the slowest
/// whole second, and duplicates (one outbox id or one recipient sent twice). The queue depth is sampled beside it, so
/// a rate held back by a starved queue (slow fan-out) is told apart from one held back by the sender.
/// </summary>
public static class SendRateBenchmark
{
    public static async Task<int> RunAsync(BenchArgs args, TextWriter output)
    {
        var mps = args.Mps ?? 80;
        var duration = TimeSpan.FromSeconds(args.Duration ?? 60);
        var customers = args.Customers ?? (int)Math.Ceiling(mps * duration.TotalSeconds * 1.25);
        var timeout = TimeSpan.FromSeconds(args.Timeout ?? 300);
        output.WriteLine($"send-rate: {mps}/s configured, {duration.TotalSeconds} s window, {customers} customers, {args.ProviderName}; {Machine.Describe()}; load {Machine.Load()}");

        await using var twilio = await FakeTwilio.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(args.Provider, twilio, OwnerCampaign.Settings(mps));
        using var client = new WebhookClient(bot.Bot.BaseUrl);
        await OwnerCampaign.SeedCustomersAsync(bot, customers);

        var depth = new List<(double Seconds, long Queued, long Pending)>();
        string rss;
        long windowStart;
        await using (var sampler = new RssSampler(bot.ResidentBytes, TimeSpan.FromSeconds(1)))
        {
            output.WriteLine($"owner <- {(await OwnerCampaign.OwnerSaysAsync(client, twilio, "offer all 10% off this week", timeout)).Split('\n')[0]}");
            await OwnerCampaign.OwnerSaysAsync(client, twilio, "YES", timeout);
            windowStart = await FirstOfferAsync(twilio, timeout);
            var windowEnd = windowStart + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < windowEnd)
            {
                var now = Stopwatch.GetElapsedTime(windowStart).TotalSeconds;
                if (depth.Count == 0 || now - depth[^1].Seconds >= Math.Max(1, duration.TotalSeconds / 12))
                {
                    depth.Add((now, await OwnerCampaign.CountOffersAsync(bot), await OwnerCampaign.CountOffersAsync(bot, "Pending")));
                }

                await Task.Delay(200);
            }

            rss = sampler.Summary();
        }

        var load = Machine.Load();
        await bot.StopAsync();

        var end = windowStart + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var offers = twilio.Sends.Where(s => s.To != OwnerCampaign.OwnerAddress && s.Arrived >= windowStart && s.Arrived < end).ToList();
        var times = offers.Select(s => Stopwatch.GetElapsedTime(windowStart, s.Arrived).TotalSeconds).Order().ToList();
        var mean = offers.Count / duration.TotalSeconds;
        var seconds = Enumerable.Range(0, (int)duration.TotalSeconds).Select(s => times.Count(t => t >= s && t < s + 1)).ToList();
        var duplicateIds = offers.Count(s => s.OutboundId is not null) - offers.Where(s => s.OutboundId is not null).Select(s => s.OutboundId).Distinct().Count();
        var duplicateTo = offers.Count - offers.Select(s => s.To).Distinct().Count();

        Table.Print(output, $"send rate, {args.ProviderName}, {duration.TotalSeconds} s from the first offer at the fake Twilio",
            ["what", "mean/s", "vs configured", "busiest 1 s", "slowest whole second", "duplicate ids", "duplicate To"],
            [
                ["RetailCrm.Bot", Number.F(mean, 1), string.Create(CultureInfo.InvariantCulture, $"{(mean / mps - 1) * 100:+0.0;-0.0}%"),
                 BusiestSecond(times).ToString(CultureInfo.InvariantCulture), seconds.DefaultIfEmpty(0).Min().ToString(CultureInfo.InvariantCulture),
                 duplicateIds.ToString(CultureInfo.InvariantCulture), duplicateTo.ToString(CultureInfo.InvariantCulture)],
                ["configured Twilio:WhatsAppMessagesPerSecond", Number.F(mps, 1), "±5% allowed", Number.F(mps), "-", "0", "0"],
            ]);
        Table.Print(output, "offers queued and still pending during the window", ["s", "queued", "pending"],
            depth.Select(d => new[] { Number.F(d.Seconds, 0), d.Queued.ToString(CultureInfo.InvariantCulture), d.Pending.ToString(CultureInfo.InvariantCulture) }));
        output.WriteLine($"sends per second: {string.Join(' ', seconds)}");
        output.WriteLine($"bot RSS: {rss}");
        output.WriteLine($"machine: {Machine.Describe()}; load at end {load}");
        return 0;
    }

    private static async Task<long> FirstOfferAsync(FakeTwilio twilio, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (twilio.Sends.FirstOrDefault(s => s.To != OwnerCampaign.OwnerAddress) is { } first)
            {
                return first.Arrived;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No offer reached the fake Twilio within {timeout.TotalSeconds} s of YES.");
    }

    /// <summary>The most sends in any window of one second (sliding, not aligned to whole seconds).</summary>
    private static int BusiestSecond(List<double> sortedSeconds)
    {
        var most = 0;
        for (int start = 0, end = 0; end < sortedSeconds.Count; end++)
        {
            while (sortedSeconds[end] - sortedSeconds[start] >= 1)
            {
                start++;
            }

            most = Math.Max(most, end - start + 1);
        }

        return most;
    }
}
