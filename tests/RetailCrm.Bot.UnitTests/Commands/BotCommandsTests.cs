using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using RetailCrm.Bot.Commands;

namespace RetailCrm.Bot.UnitTests.Commands;

/// <summary>
/// The command line as people type it: every README invocation still means what it did, settings reach the app for
/// the commands that build it, and --help answers without starting anything.
/// </summary>
public sealed class BotCommandsTests
{
    [Theory]
    [InlineData(new[] { "--Store:OwnerPhones:0", "+91 90000 00001" }, new[] { "--Store:OwnerPhones:0", "+91 90000 00001" })]
    [InlineData(new string[0], new string[0])]
    [InlineData(new[] { "run", "--urls", "http://localhost:5081", "--Store:Name", "Kapoor Fashions" }, new[] { "--urls", "http://localhost:5081", "--Store:Name", "Kapoor Fashions" })]
    [InlineData(new[] { "--environment=Testing", "--contentRoot=/srv/bot" }, new[] { "--environment=Testing", "--contentRoot=/srv/bot" })]
    [InlineData(new[] { "--Store:Name", "@home" }, new[] { "--Store:Name", "@home" })]
    public async Task Running_hands_every_setting_to_the_app_in_order(string[] args, string[] expected)
    {
        var (built, _, _) = await InvokeAsync(args);

        Assert.Equal([BuiltFor.Run, .. expected], built!);
    }

    [Fact]
    public async Task Migrate_hands_its_settings_to_the_app()
    {
        var (built, _, _) = await InvokeAsync(["migrate", "--Database:Provider", "PostgreSQL", "--ConnectionStrings:Crm", "Host=db;Database=crm"]);

        Assert.Equal([BuiltFor.Run, "--Database:Provider", "PostgreSQL", "--ConnectionStrings:Crm", "Host=db;Database=crm"], built!);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("run", "--help")]
    [InlineData("migrate", "--help")]
    [InlineData("chat", "--help")]
    [InlineData("understand", "--help")]
    [InlineData("train", "--help")]
    [InlineData("doctor", "--help")]
    [InlineData("templates", "--help")]
    [InlineData("templates", "push", "--help")]
    [InlineData("templates", "status", "--help")]
    [InlineData("seed-demo", "--help")]
    public async Task Help_shows_usage_options_and_an_example_and_builds_nothing(params string[] args)
    {
        var (built, output, exitCode) = await InvokeAsync(args);

        Assert.Equal(0, exitCode);
        Assert.Null(built);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("Options:", output, StringComparison.Ordinal);
        Assert.Contains("Example", output, StringComparison.Ordinal);
        Assert.Contains("dotnet", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_for_the_app_lists_every_command_and_how_to_give_settings()
    {
        var (_, output, _) = await InvokeAsync(["--help"]);

        foreach (var command in new[] { "run", "migrate", "chat", "understand", "train", "doctor", "templates", "seed-demo" })
        {
            Assert.Contains($"  {command} ", output, StringComparison.Ordinal);
        }

        Assert.Contains("RetailCrm.Bot [command] [options] [--Section:Key value]...", output, StringComparison.Ordinal);
        Assert.Contains("Settings:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("additional arguments", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Help_for_chat_names_its_options_and_their_defaults()
    {
        var (_, output, _) = await InvokeAsync(["chat", "--help"]);

        Assert.Contains("--from <number>", output, StringComparison.Ordinal);
        Assert.Contains("[default: 98765 43210]", output, StringComparison.Ordinal);
        Assert.Contains("--sms", output, StringComparison.Ordinal);
        Assert.Contains("--name <name>", output, StringComparison.Ordinal);
        Assert.Contains("[default: http://localhost:5080]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Settings:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "chat", "--frm", "98765 43210" }, "Unknown option --frm for chat. Did you mean --from?")]
    [InlineData(new[] { "understand", "--txt", "hi" }, "Unknown option --txt for understand. Did you mean --text?")]
    [InlineData(new[] { "chat", "--from" }, "--from")]
    public void A_mistyped_option_is_named_with_the_nearest_one_and_where_to_look(string[] args, string expected)
    {
        var errors = BotCommands.UsageErrors(BotCommands.Parse(args, NeverBuilt));

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
        Assert.Equal($"See: dotnet run --project src/RetailCrm.Bot -- {args[0]} --help", errors[^1]);
    }

    [Theory]
    [InlineData("chat", "--from", "98765 43210", "--name", "Priya", "--sms", "--url", "http://localhost:5081")]
    [InlineData("understand", "--role", "staff", "--text", "Sold blue kurta to 9123456780 for Rs 1,299")]
    [InlineData("understand", "--jsonl")]
    [InlineData("train", "--manifests", "/srv/bot/bot-manifests")]
    public void The_readmes_invocations_parse_without_errors(params string[] args)
    {
        var parsed = BotCommands.Parse(args, NeverBuilt);

        Assert.Empty(BotCommands.UsageErrors(parsed));
        Assert.Equal(args[0], parsed.CommandResult.Command.Name);
    }

    private static WebApplication NeverBuilt(string[] args) => throw new InvalidOperationException("no app for this command");

    /// <summary>Invokes the command line with an app builder that records its arguments and stops there.</summary>
    private static async Task<(string[]? Built, string Output, int ExitCode)> InvokeAsync(string[] args)
    {
        string[]? built = null;
        using var output = new StringWriter();
        var parsed = BotCommands.Parse(args, appArgs =>
        {
            built = [BuiltFor.Run, .. appArgs];
            throw new BuiltFor();
        });
        try
        {
            var exitCode = await parsed.InvokeAsync(new InvocationConfiguration { Output = output, EnableDefaultExceptionHandler = false });
            return (built, output.ToString(), exitCode);
        }
        catch (BuiltFor)
        {
            return (built, output.ToString(), -1);
        }
    }

    private sealed class BuiltFor : Exception
    {
        public const string Run = "(app built with)";
    }
}
