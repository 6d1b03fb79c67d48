using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace RetailCrm.Bot.Benchmarks.EndToEnd;

/// <summary>Resident memory of the bot, sampled in the background for as long as a benchmark runs.</summary>
public sealed class RssSampler : IAsyncDisposable
{
    private readonly List<(double Seconds, long Bytes)> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RssSampler(Func<long?> read, TimeSpan every)
    {
        var clock = Stopwatch.StartNew();
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                if (read() is { } bytes)
                {
                    lock (_samples)
                    {
                        _samples.Add((clock.Elapsed.TotalSeconds, bytes));
                    }
                }

                try
                {
                    await Task.Delay(every, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
    }

    public IReadOnlyList<(double Seconds, long Bytes)> Samples
    {
        get
        {
            lock (_samples)
            {
                return _samples.ToList();
            }
        }
    }

    /// <summary>"min / avg / max MB (n samples)".</summary>
    public string Summary()
    {
        var samples = Samples;
        if (samples.Count == 0)
        {
            return "no samples";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{Mb(samples.Min(s => s.Bytes))} / {Mb((long)samples.Average(s => s.Bytes))} / {Mb(samples.Max(s => s.Bytes))} MB min/avg/max ({samples.Count} samples over {samples[^1].Seconds:F0} s)");
    }

    public static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}

/// <summary>What the figures came from: printed with every table.</summary>
public static class Machine
{
    public static string Describe()
    {
        var ram = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var gb = long.Parse(ram, CultureInfo.InvariantCulture) / 1048576.0;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {gb:F0} GB RAM, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, commit {Commit()}");
    }

    /// <summary>The 1, 5 and 15 minute load averages: others' work on a shared machine shows here.</summary>
    public static string Load() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static string Commit()
    {
        var head = Git("rev-parse --short HEAD");
        return head.Length == 0 ? "unknown" : Git("status --porcelain --untracked-files=no").Length > 0 ? head + " (with local changes)" : head;
    }

    private static string Git(string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : "";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "";
        }
    }
}

/// <summary>Latencies in milliseconds, and the percentiles of them.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyList<double> sortedMs, double percentile) =>
        sortedMs.Count == 0 ? double.NaN : sortedMs[Math.Clamp((int)Math.Ceiling(percentile / 100 * sortedMs.Count) - 1, 0, sortedMs.Count - 1)];

    public static string Ms(double ms) => double.IsNaN(ms) ? "-" : ms.ToString(ms < 10 ? "F1" : "F0", CultureInfo.InvariantCulture);
}

/// <summary>A Markdown table on the console, so the figures can be pasted as they are.</summary>
public static class Table
{
    public static void Print(TextWriter output, string title, string[] headers, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine();
        output.WriteLine(Line(headers, widths));
        output.WriteLine("|" + string.Join('|', widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in all)
        {
            output.WriteLine(Line(row, widths));
        }

        output.WriteLine();
    }

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
}

public static class Number
{
    public static string F(double value, int decimals = 0) =>
        double.IsNaN(value) ? "-" : value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
