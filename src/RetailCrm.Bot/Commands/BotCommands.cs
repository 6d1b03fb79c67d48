using System.CommandLine;
using RetailCrm.Bot.Configuration;
using RetailCrm.Bot.Operations;

namespace RetailCrm.Bot.Commands;

/// <summary>
/// The command line, and the one place its commands are listed. A command is a class with
/// <c>public static Command Create(...)</c>; adding one is one line below. With no command, the bot runs.
/// </summary>
public static class BotCommands
{
    public static RootCommand Create(Func<string[], WebApplication> buildApp)
    {
        var run = RunCommand.Create(buildApp);
        var root = new RootCommand(
            "RetailCrm.Bot: the store's WhatsApp and SMS bot and CRM. Without a command it runs the bot (see run --help).")
        {
            run,
            MigrateCommand.Create(buildApp),
            ChatCommand.Create(),
            UnderstandCommand.Create(),
            TrainCommand.Create(),
        };
        foreach (var operatorCommand in OperationsExtensions.Commands(buildApp))
        {
            root.Subcommands.Add(operatorCommand); // doctor, templates push|status, seed-demo
        }

        root.HelpName = "RetailCrm.Bot";
        root.Action = run.Action;
        root.TakingSettings().WithExamples(
            "dotnet run --project src/RetailCrm.Bot",
            "dotnet run --project src/RetailCrm.Bot -- --Store:OwnerPhones:0 \"+91 90000 00001\"",
            "dotnet run --project src/RetailCrm.Bot -- chat --help");
        CommandHelp.Apply(root);
        return root;
    }

    /// <summary>
    /// Parses and runs. Exceptions reach the caller (Program), which knows which ones to tell in a line; Ctrl+C and
    /// SIGTERM are the host's to handle (it drains the workers), not the parser's.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, Func<string[], WebApplication> buildApp)
    {
        var parsed = Parse(args, buildApp);
        if (UsageErrors(parsed) is { Count: > 0 } errors)
        {
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync(error);
            }

            return 2;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }

    /// <summary>The command line read against <see cref="Create"/>'s commands.</summary>
    public static ParseResult Parse(string[] args, Func<string[], WebApplication> buildApp) =>
        // No @response files: a setting's value may start with @.
        Create(buildApp).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    /// <summary>
    /// The parser's own errors, and words a command that takes no settings does not know (the root lets them through
    /// for the commands that do), each with the nearest option, then where to look.
    /// </summary>
    public static IReadOnlyList<string> UsageErrors(ParseResult parsed)
    {
        if (CommandHelp.IsHelp(parsed))
        {
            return []; // --help answers whatever else was typed
        }

        var command = parsed.CommandResult.Command;
        var errors = parsed.Errors.Select(e => e.Message).ToList();
        if (!command.TakesSettings())
        {
            var options = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).ToList();
            errors.AddRange(parsed.UnmatchedTokens.Select(token =>
                EditDistance.Nearest(token, options) is { } nearest
                    ? $"Unknown option {token} for {command.Name}. Did you mean {nearest}?"
                    : $"Unknown option or argument {token} for {command.Name}."));
        }

        if (errors.Count > 0)
        {
            var path = new List<string>();
            for (var result = parsed.CommandResult; result.Command is not RootCommand; result = (System.CommandLine.Parsing.CommandResult)result.Parent!)
            {
                path.Insert(0, result.Command.Name);
            }

            errors.Add($"See: dotnet run --project src/RetailCrm.Bot -- {string.Join(' ', path.Append("--help"))}");
        }

        return errors;
    }
}
