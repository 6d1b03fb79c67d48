using System.CommandLine;
using RetailCrm.Bot.Operations;

namespace RetailCrm.Bot.UnitTests.Operations;

/// <summary>The commands' shape: names, options, help with an example, and configuration handed on to the app.</summary>
public sealed class OperationCommandsTests
{
    [Fact]
    public void The_commands_are_doctor_templates_push_and_status_seed_demo_and_api_keys()
    {
        var commands = OperationsExtensions.Commands(_ => throw new InvalidOperationException("not built")).ToList();

        Assert.Equal(["doctor", "templates", "seed-demo", "api-keys"], commands.Select(c => c.Name));
        Assert.Equal(["create", "list", "revoke"], commands[3].Subcommands.Select(c => c.Name));
        Assert.Equal(["push", "status"], commands[1].Subcommands.Select(c => c.Name));
        Assert.Contains(commands[0].Options, o => o.Name == "--offline");
        Assert.Contains(commands[1].Subcommands[0].Options, o => o.Name == "--no-submit");
        Assert.Contains(commands[2].Options, o => o.Name == "--allow-twilio");
    }

    [Fact]
    public async Task Configuration_after_the_command_goes_to_the_app_and_a_host_that_cannot_be_built_is_a_failure()
    {
        string[]? given = null;
        var root = new RootCommand();
        foreach (var command in OperationsExtensions.Commands(args =>
                 {
                     given = args;
                     throw new InvalidOperationException("Database:Provider is PostgreSQL, so ConnectionStrings:Crm must be set.");
                 }))
        {
            root.Subcommands.Add(command);
        }

        using var error = new StringWriter();
        var exit = await root.Parse(["doctor", "--offline", "--Database:Provider", "PostgreSQL", "--Store:Name", "Kapoor Fashions"])
            .InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = error });

        Assert.Equal(1, exit);
        Assert.Equal(["--Database:Provider", "PostgreSQL", "--Store:Name", "Kapoor Fashions"], given!);
        Assert.Equal("FAIL  configuration   Database:Provider is PostgreSQL, so ConnectionStrings:Crm must be set.", error.ToString().Trim());
    }
}
