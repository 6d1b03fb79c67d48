using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace RetailCrm.Bot.Commands;

/// <summary>
/// What <c>--help</c> prints for every command: the parser's description, usage, options and subcommands, then the
/// settings a command takes (when it builds the app) and its examples.
/// </summary>
public static class CommandHelp
{
    private static readonly ConditionalWeakTable<Command, string[]> ExamplesOf = [];

    /// <summary>Examples shown under the command's help, one command line each.</summary>
    public static T WithExamples<T>(this T command, params string[] examples)
        where T : Command
    {
        ExamplesOf.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>
    /// A command that builds the app takes configuration on its command line (<c>--Store:Name "Kapoor Fashions"</c>),
    /// which the parser leaves unmatched for the host to read.
    /// </summary>
    public static T TakingSettings<T>(this T command)
        where T : Command
    {
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    public static bool TakesSettings(this Command command) => !command.TreatUnmatchedTokensAsErrors;

    /// <summary>Adds the settings and examples to the parser's own help, for every command under <paramref name="root"/>.</summary>
    public static void Apply(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction standard)
            {
                help.Action = new WithSettingsAndExamples(standard);
            }
        }
    }

    /// <summary>Whether the parse asked for help, which the help action answers whatever else was typed.</summary>
    public static bool IsHelp(ParseResult parsed) => parsed.Action is WithSettingsAndExamples;

    /// <summary>
    /// The parser describes unmatched tokens as "additional arguments passed to the application"; for the commands
    /// that build the app they are its settings, said here in those words. Should the parser's wording change, its own
    /// text stays and the settings section is added after it.
    /// </summary>
    private static string WithSettings(string help)
    {
        const string settings = """
            Settings:
              --Section:Key value  Any configuration key (see Configuration in README.md), for example
                                   --Store:OwnerPhones:0 "+91 90000 00001" or --urls http://localhost:5081.
                                   A key the app does not know is refused, with the nearest one it does.
            """;
        var usage = help.Replace("[[--] <additional arguments>...]]", "[--Section:Key value]...", StringComparison.Ordinal);
        var additional = usage.IndexOf("Additional Arguments:", StringComparison.Ordinal);
        if (additional < 0)
        {
            return usage.TrimEnd() + Environment.NewLine + Environment.NewLine + settings + Environment.NewLine;
        }

        var next = usage.IndexOf(Environment.NewLine + Environment.NewLine, additional, StringComparison.Ordinal);
        var rest = next < 0 ? Environment.NewLine : usage[next..];
        return usage[..additional] + settings + rest;
    }

    private static void WriteExamples(TextWriter output, string[] examples)
    {
        output.WriteLine(examples.Length == 1 ? "Example:" : "Examples:");
        foreach (var example in examples)
        {
            output.WriteLine("  " + example);
        }

        output.WriteLine();
    }

    /// <summary>The parser's help (description, usage, options, commands), then what it has no section for.</summary>
    private sealed class WithSettingsAndExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var configuration = parseResult.InvocationConfiguration;
            var output = configuration.Output;
            using var help = new StringWriter();
            configuration.Output = help;
            int exitCode;
            try
            {
                exitCode = standard.Invoke(parseResult);
            }
            finally
            {
                configuration.Output = output;
            }

            var command = parseResult.CommandResult.Command;
            output.Write(command.TakesSettings() ? WithSettings(help.ToString()) : help.ToString());

            if (ExamplesOf.TryGetValue(command, out var examples) && examples.Length > 0)
            {
                WriteExamples(output, examples);
            }

            return exitCode;
        }
    }
}
