using System.Globalization;
using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Manifests;

/// <summary>
/// WhatsApp's numbered placeholders and the rules Meta applies before approving a body. Checking them here
/// turns a rejection days later into a failed start now.
/// </summary>
internal static partial class Placeholders
{
    /// <summary>Numbers in the body, in order of appearance, with repeats.</summary>
    public static IEnumerable<int> In(string body) => Numbered().Matches(body).Select(Number);

    public static int Number(Match match) => int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);

    public static string Fill(string body, Func<int, string> value) => Numbered().Replace(body, m => value(Number(m)));

    /// <summary>Why WhatsApp would reject this body's placeholders; empty when it would not.</summary>
    public static IEnumerable<string> Problems(string body)
    {
        var leftover = Numbered().Replace(body, "");
        if (leftover.Contains("{{", StringComparison.Ordinal) || leftover.Contains("}}", StringComparison.Ordinal))
        {
            yield return "the body has a placeholder that is not {{1}}, {{2}}, … (no spaces, names or leading zeros)";
        }

        if (StartsWithOne().IsMatch(body))
        {
            yield return "the body starts with a variable, which WhatsApp rejects";
        }

        if (EndsWithOne().IsMatch(body))
        {
            yield return "the body ends with a variable, which WhatsApp rejects";
        }

        if (Adjacent().IsMatch(body))
        {
            yield return "the body has two variables side by side, which WhatsApp rejects";
        }
    }

    /// <summary>
    /// A value as one line: WhatsApp rejects a variable holding a newline, a tab or a run of spaces, and the
    /// rendered text should read the same as the template would.
    /// </summary>
    public static string OneLine(string value) => Whitespace().Replace(value.Trim(), " ");

    [GeneratedRegex(@"\{\{([1-9][0-9]*)\}\}")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\s*\{\{[1-9][0-9]*\}\}")]
    private static partial Regex StartsWithOne();

    [GeneratedRegex(@"\{\{[1-9][0-9]*\}\}\s*$")]
    private static partial Regex EndsWithOne();

    [GeneratedRegex(@"\{\{[1-9][0-9]*\}\}\s*\{\{[1-9][0-9]*\}\}")]
    private static partial Regex Adjacent();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
