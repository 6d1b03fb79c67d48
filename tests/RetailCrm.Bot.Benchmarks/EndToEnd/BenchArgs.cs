using System.Globalization;

namespace RetailCrm.Bot.Benchmarks.EndToEnd;

/// <summary>The options every end-to-end benchmark understands; each uses the ones that apply and has its own defaults.</summary>
public sealed record BenchArgs(
    Provider Provider,
    double? Duration,
    int? Clients,
    IReadOnlyList<int>? Rates,
    int? Customers,
    double? Timeout,
    double? Mps,
    double? Warmup = null)
{
    public const string Usage =
        "[--provider sqlite|postgres] [--duration SECONDS] [--clients N] [--rates 20,50,100] [--customers N] [--timeout SECONDS] [--mps N] [--warmup SECONDS]";

    public static BenchArgs Parse(IReadOnlyList<string> args)
    {
        var parsed = new BenchArgs(Provider.Sqlite, null, null, null, null, null, null);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            parsed = args[i] switch
            {
                "--provider" => parsed with
                {
                    Provider = value.ToUpperInvariant() switch
                    {
                        "SQLITE" => Provider.Sqlite,
                        "POSTGRES" or "POSTGRESQL" => Provider.Postgres,
                        _ => throw new ArgumentException($"--provider {value}: sqlite or postgres"),
                    },
                },
                "--duration" => parsed with { Duration = double.Parse(value, CultureInfo.InvariantCulture) },
                "--clients" => parsed with { Clients = int.Parse(value, CultureInfo.InvariantCulture) },
                "--rates" => parsed with { Rates = value.Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToList() },
                "--customers" => parsed with { Customers = int.Parse(value, CultureInfo.InvariantCulture) },
                "--timeout" => parsed with { Timeout = double.Parse(value, CultureInfo.InvariantCulture) },
                "--mps" => parsed with { Mps = double.Parse(value, CultureInfo.InvariantCulture) },
                "--warmup" => parsed with { Warmup = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            i++;
        }

        return parsed;
    }

    public string ProviderName => Provider == Provider.Sqlite ? "SQLite" : "PostgreSQL";
}
