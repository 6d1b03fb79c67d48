using System.CommandLine;
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
            """
            Fills the database with a demo store: a catalog (Red Saree out of stock, kurtas, shoes, jeans in stock with
            prices), 94 customers with purchases (42 VIPs, 18 lapsed and 12 new ones agreed to offers; 20 never did; 2 said
            STOP), and two staff members. Running it again adds only what is missing. Migrates the database first where
            the bot would at start (SQLite). Refuses to run while Twilio is configured unless --allow-twilio is given.

            Example:
              dotnet run --project src/RetailCrm.Bot -- seed-demo
            """,
            allowTwilio);
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
