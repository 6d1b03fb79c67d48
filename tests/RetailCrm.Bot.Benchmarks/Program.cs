using BenchmarkDotNet.Running;
using RetailCrm.Bot.Benchmarks;

// dotnet run -c Release --project tests/RetailCrm.Bot.Benchmarks -- recognition       speed, with BenchmarkDotNet
// dotnet run -c Release --project tests/RetailCrm.Bot.Benchmarks -- accuracy FILE...  accuracy on labelled messages
return args switch
{
    ["recognition", .. var rest] => Run(rest),
    ["accuracy", .. var files] when files.Length > 0 => AccuracyReport.Run(files, Console.Out),
    _ => Usage(),
};

static int Run(string[] rest)
{
    BenchmarkSwitcher.FromTypes([typeof(PerMessageBenchmarks), typeof(ModelLoadBenchmarks)]).Run(rest.Length > 0 ? rest : ["--filter", "*"]);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: recognition [BenchmarkDotNet options]  |  accuracy FILE.jsonl [FILE.jsonl ...]");
    return 2;
}
