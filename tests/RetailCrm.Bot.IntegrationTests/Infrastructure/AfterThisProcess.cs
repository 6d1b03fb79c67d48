using System.Diagnostics;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>
/// Clean-up that must happen even when the test host is killed (a hang timeout, Ctrl+C), which skips
/// ProcessExit: a small shell outside this process waits for it to end, then runs the command.
/// </summary>
public static class AfterThisProcess
{
    public static void Run(string shellCommand)
    {
        var script = $"while [ -d /proc/{Environment.ProcessId} ]; do sleep 2; done; {shellCommand}";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "sh", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }

        Process.Start(start)?.Dispose();
    }
}
