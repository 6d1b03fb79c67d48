using System.CommandLine;
using RetailCrm.Bot.Commands;
using RetailCrm.Bot.Database;

namespace RetailCrm.Bot.Operations.Demo;

public static class SeedDemoCommand
{
    public static Command Create(Func<string[], WebApplication> buildApp)
    {
        var allowTwilio = new Option<bool>("--allow-twilio")
        {
            Description = "Seed even though Twilio is configured (only for a test account: scheduled offers and check-ins go to the made-up numbers).",
        };
        var command = OperationCommand.Create(
            "seed-demo",
            "Fill the database with a demo store (a catalog, 94 customers with purchases and consent, two staff) so every "
            + "README example works. Running it again adds only what is missing. Refused while Twilio is configured.",
            allowTwilio).WithExamples("dotnet run --project src/RetailCrm.Bot -- seed-demo");
        command.SetAction((parse, ct) => OperationCommand.RunAsync(buildApp, parse, async (app, services, output, token) =>
        {
            await app.PrepareDatabaseAsync();
            var report = await services.GetRequiredService<DemoSeeder>().SeedAsync(parse.GetValue(allowTwilio), token);
            report.WriteTo(output);
            return 0;
        }, ct));
        return command;
    }
}
