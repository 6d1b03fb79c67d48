namespace RetailCrm.Bot.Benchmarks.EndToEnd;

/// <summary>
/// The one xUnit call the linked integration-test helpers (RealBot, Eventually) make, for a project without xUnit:
/// a failed wait ends the benchmark with the reason.
/// </summary>
public static class Assert
{
    public static void Fail(string message) => throw new InvalidOperationException(message);
}
