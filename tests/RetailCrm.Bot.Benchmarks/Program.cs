using BenchmarkDotNet.Running;
using RetailCrm.Bot.Benchmarks;
using RetailCrm.Bot.Benchmarks.EndToEnd;

// dotnet run -c Release --project tests/RetailCrm.Bot.Benchmarks -- recognition       speed, with BenchmarkDotNet
// dotnet run -c Release --project tests/RetailCrm.Bot.Benchmarks -- accuracy FILE...  accuracy on labelled messages
// dotnet run -c Release --project tests/RetailCrm.Bot.Benchmarks -- ingest|turns|campaign|send-rate [options]
//     the real app end to end, each beside a bare baseline in the same run (options: BenchArgs.Usage)
return args switch
{
    ["recognition", .. var rest] => Run(rest),
    ["accuracy", .. var files] when files.Length > 0 => AccuracyReport.Run(files, Console.Out),
    ["ingest", .. var rest] => await EndToEnd(IngestBenchmark.RunAsync, rest),
    ["turns", .. var rest] => await EndToEnd(TurnsBenchmark.RunAsync, rest),
    ["campaign", .. var rest] => await EndToEnd(CampaignBenchmark.RunAsync, rest),
    ["send-rate", .. var rest] => await EndToEnd(SendRateBenchmark.RunAsync, rest),
    _ => Usage(),
};

static int Run(string[] rest)
{
    BenchmarkSwitcher.FromTypes([typeof(PerMessageBenchmarks), typeof(ModelLoadBenchmarks)]).Run(rest.Length > 0 ? rest : ["--filter", "*"]);
    return 0;
}

static async Task<int> EndToEnd(Func<BenchArgs, TextWriter, Task<int>> benchmark, string[] rest)
{
    BenchArgs options;
    try
    {
        options = BenchArgs.Parse(rest);
    }
    catch (Exception ex) when (ex is ArgumentException or FormatException)
    {
        Console.Error.WriteLine(ex.Message);
        return Usage();
    }

    return await benchmark(options, Console.Out);
}

static int Usage()
{
    Console.Error.WriteLine("usage: recognition [BenchmarkDotNet options]  |  accuracy FILE.jsonl [FILE.jsonl ...]");
    Console.Error.WriteLine($"       ingest|turns|campaign|send-rate {BenchArgs.Usage}");
    return 2;
}
