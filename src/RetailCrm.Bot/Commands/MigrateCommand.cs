using System.CommandLine;
using RetailCrm.Bot.Database;

namespace RetailCrm.Bot.Commands;

/// <summary><c>migrate</c>: apply the database's pending migrations with the app's own settings, report, exit.</summary>
public static class MigrateCommand
{
    public static Command Create(Func<string[], WebApplication> buildApp)
    {
        var command = new Command("migrate", "Apply every pending database migration, then exit. Run it once per release for SQL Server and PostgreSQL.")
            .TakingSettings()
            .WithExamples(
                "dotnet run --project src/RetailCrm.Bot -- migrate --Database:Provider PostgreSQL --ConnectionStrings:Crm \"Host=localhost;Database=retailcrm;Username=retailcrm\"",
                "Database__Provider=PostgreSQL ConnectionStrings__Crm=\"Host=...\" dotnet RetailCrm.Bot.dll migrate");
        command.SetAction(async (parsed, ct) =>
        {
            await using var app = buildApp([.. parsed.UnmatchedTokens]);
            return await app.MigrateDatabaseAsync();
        });
        return command;
    }
}
