using System.Diagnostics;
using Npgsql;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>The real executable, configured only through environment variables, as a deployment would run it.</summary>
public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_creates_the_schema_on_a_postgresql_server_from_environment_variables()
    {
        var connectionString = await BotApp.NewDatabaseAsync(Db.Postgres);
        var app = Path.Combine(AppContext.BaseDirectory, "RetailCrm.Bot.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(app);
        start.ArgumentList.Add("migrate");
        start.Environment["Database__Provider"] = "PostgreSQL";
        start.Environment["ConnectionStrings__Crm"] = connectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"migrate exited {process.ExitCode}: {output}{error}");
        Assert.Contains("up to date", output, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('customers','staff','inbound_messages','outbound_messages','consent_events','conversation_states')", connection);
        Assert.Equal(6L, await command.ExecuteScalarAsync());
    }
}
