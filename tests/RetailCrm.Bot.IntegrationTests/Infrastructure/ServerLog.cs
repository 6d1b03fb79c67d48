using System.Text.RegularExpressions;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>Reads the console log of a <see cref="RealBot"/> for what must never be there.</summary>
public static partial class ServerLog
{
    /// <summary>Lines at Error or Fatal, lines that mention a 500, and unhandled exceptions.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<string> lines) => lines.Where(IsProblem).ToList();

    /// <summary>The first problem and the lines after it (its exception, usually), for a failure message.</summary>
    public static string FirstProblemWithContext(IReadOnlyList<string> lines, int after = 40)
    {
        var first = lines.ToList().FindIndex(IsProblem);
        return first < 0 ? "" : string.Join('\n', lines.Skip(first).Take(after + 1));
    }

    private static bool IsProblem(string line) =>
        line.Contains(" ERR]", StringComparison.Ordinal)
        || line.Contains(" FTL]", StringComparison.Ordinal)
        || line.Contains("BadHttpRequestException", StringComparison.Ordinal)
        || line.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase)
        // A 500 given as a status ("responded 500", "status code 500", "500 Internal Server Error"), not an id or a time.
        || FiveHundred().IsMatch(line);

    [GeneratedRegex(@"(?:responded|status(?: ?code)?|StatusCode|HTTP/\d(?:\.\d)?)[\s:=]*500\b|\b500 Internal Server Error|Internal Server Error", RegexOptions.IgnoreCase)]
    private static partial Regex FiveHundred();
}
