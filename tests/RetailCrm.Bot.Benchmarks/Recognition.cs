using System.Collections.Frozen;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Conversations.Understanding;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Benchmarks;

/// <summary>
/// One recognition per measured iteration, each iteration the next message of the labelled set (every role, script
/// and length), so the statistics are per message: median and p99. The baseline is the least any bot does with a
/// message: lower-case it and look it up in a table.
/// </summary>
[Config(typeof(PerMessageConfig))]
public class PerMessageBenchmarks
{
    private MessageRecognizer _recognizer = null!;
    private FrozenDictionary<string, string> _table = null!;
    private (string Text, Role Role)[] _messages = [];
    private int _next;
    private (string Text, Role Role) _current;

    [GlobalSetup]
    public void Setup()
    {
        (_recognizer, _) = Shop.Recognizer();
        _messages = Shop.LabelledMessages().ToArray();
        _table = _messages.DistinctBy(m => m.Text.ToLowerInvariant()).ToFrozenDictionary(m => m.Text.ToLowerInvariant(), m => m.Role.ToString());
    }

    [IterationSetup]
    public void NextMessage() => _current = _messages[_next++ % _messages.Length];

    [Benchmark(Baseline = true, Description = "bare lookup (lower-case, table)")]
    public string? BareLookup() => _table.GetValueOrDefault(_current.Text.ToLowerInvariant());

    [Benchmark(Description = "recognize one message")]
    public Recognition Recognize() => _recognizer.Recognize(_current.Text, _current.Role);

    private sealed class PerMessageConfig : ManualConfig
    {
        public PerMessageConfig()
        {
            // One call per iteration: each measurement is one message. In process: the bot is a library call here,
            // and a generated project under tests/ would pick up the test projects' settings.
            AddJob(Job.InProcess.WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(100).WithIterationCount(3000));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99));
            WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }
    }
}

/// <summary>Loading the shipped model at start (what every start pays), against reading the same file's bytes.</summary>
[Config(typeof(LoadConfig))]
public class ModelLoadBenchmarks
{
    private string _path = null!;

    [GlobalSetup]
    public void Setup() => _path = Path.Combine(Shop.Manifests, NluFolder.Name, NluFolder.ModelFile);

    [Benchmark(Baseline = true, Description = "read model.zip's bytes")]
    public byte[] ReadBytes() => File.ReadAllBytes(_path);

    [Benchmark(Description = "load the intent model")]
    public IntentModel LoadModel() => IntentModel.Load(_path);

    private sealed class LoadConfig : ManualConfig
    {
        public LoadConfig()
        {
            AddJob(Job.InProcess.WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(2).WithIterationCount(15));
            AddColumn(StatisticColumn.Median);
        }
    }
}

/// <summary>A percentile BenchmarkDotNet does not show by default.</summary>
public sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"P{percentile}";

    public string ColumnName => $"P{percentile}";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 100;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => $"{percentile}th percentile of the measurements";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }

        var nanoseconds = statistics.Percentiles.Percentile(percentile);
        return nanoseconds >= 1_000_000 ? $"{nanoseconds / 1_000_000:0.00} ms" : $"{nanoseconds / 1000:0.0} us";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>The recognizer the app builds, on the shipped manifests and model, with no network and no database.</summary>
internal static class Shop
{
    public static string Manifests => Path.Combine(AppContext.BaseDirectory, BotManifests.FolderName);

    public static (MessageRecognizer Recognizer, LoadedManifests Manifests) Recognizer()
    {
        var manifests = BotManifests.Load(Manifests);
        var options = Options.Create(new StoreOptions());
        var phones = new PhoneNumberNormalizer(options);
        var model = IntentTrainer.LoadOrTrain(manifests, phones, NullLogger.Instance);
        // The labelled slots' dates are relative to Wednesday 11 June 2025 in the store.
        var clock = new StoreClock(new FakeTimeProvider(new DateTimeOffset(2025, 6, 10, 19, 45, 0, TimeSpan.Zero)), options);
        return (new MessageRecognizer(phones, clock, manifests.Nlu, model), manifests);
    }

    public static IEnumerable<(string Text, Role Role)> LabelledMessages() =>
        Labelled.Read(Path.Combine(AppContext.BaseDirectory, "data", "labelled-utterances.jsonl")).Select(l => (l.Text, l.SenderRole));
}

/// <summary>One labelled message: who sent it, what it says, what it means.</summary>
internal sealed record Labelled(string Role, string Text, string Intent, Dictionary<string, string>? Slots)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Role SenderRole => Enum.Parse<Role>(Role, ignoreCase: true);

    public static List<Labelled> Read(string path) =>
        File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonSerializer.Deserialize<Labelled>(l, Json)!).ToList();
}
