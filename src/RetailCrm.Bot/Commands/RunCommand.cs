using System.CommandLine;
using RetailCrm.Bot.Database;
using RetailCrm.Bot.Extensions;

namespace RetailCrm.Bot.Commands;

/// <summary><c>run</c>, also what the app does with no command: check everything it can before starting, then serve.</summary>
public static class RunCommand
{
    public static Command Create(Func<string[], WebApplication> buildApp)
    {
        var command = new Command("run", "Run the bot: the Twilio webhooks (or, without Twilio, the sandbox chat), the workers and the scheduled jobs.")
            .TakingSettings()
            .WithExamples(
                "dotnet run --project src/RetailCrm.Bot -- run --Store:Name \"Kapoor Fashions\" --Store:OwnerPhones:0 \"+91 90000 00001\"",
                "dotnet RetailCrm.Bot.dll run --urls http://0.0.0.0:8080");
        command.SetAction(async (parsed, ct) =>
        {
            // Not disposed here: RunAsync disposes the app when it stops.
            var app = buildApp([.. parsed.UnmatchedTokens]);
            app.ValidateOptionsNow();
            await app.PrepareDatabaseAsync();
            await app.RunAsync();
            return 0;
        });
        return command;
    }
}
