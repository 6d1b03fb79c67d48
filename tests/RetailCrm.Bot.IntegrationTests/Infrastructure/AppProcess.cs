using System.Diagnostics;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>Runs the built app (RetailCrm.Bot.dll) as its own process, configured by environment variables.</summary>
public static class AppProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var (exitCode, output, error) = await RunSeparatelyAsync(environment, arguments);
        return (exitCode, output + error);
    }

    /// <summary>Runs the app to its exit, with <paramref name="input"/> as its stdin (none: an empty one); what it wrote to stdout and to stderr, apart.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunSeparatelyAsync(
        IReadOnlyDictionary<string, string> environment, string[] arguments, string input = "")
    {
        var start = StartInfo(environment, arguments);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>
    /// How to start the app with its output redirected: Production, any free port unless the environment names one,
    /// then <paramref name="environment"/> on top.
    /// </summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RetailCrm.Bot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
