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

        var (exitCode, output) = await AppProcess.RunAsync(
            new Dictionary<string, string> { ["Database__Provider"] = "PostgreSQL", ["ConnectionStrings__Crm"] = connectionString },
            "migrate");

        Assert.True(exitCode == 0, $"migrate exited {exitCode}: {output}");
        Assert.Contains("up to date", output, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('customers','staff','inbound_messages','outbound_messages','consent_events','conversation_states')", connection);
        Assert.Equal(6L, await command.ExecuteScalarAsync());
    }
}
