using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RetailCrm.Bot.Persistence;
using RetailCrm.Bot.Persistence.Providers;

namespace RetailCrm.Bot.UnitTests.Persistence;

/// <summary>
/// No SQL Server runs here, so its migrations are checked by generating the script; every provider's
/// migrations must match the model, so a model change without migrations fails the build's tests.
/// </summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "SqlServer", "PostgreSql" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_are_up_to_date_with_the_model(string provider)
    {
        using var db = Create(provider);

        Assert.False(db.Database.HasPendingModelChanges(), $"{provider} migrations lag behind the model: add a migration (see CrmDbContext remarks).");
    }

    [Fact]
    public void The_sql_server_script_creates_every_table_with_its_unique_keys()
    {
        using var db = Create("SqlServer");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "customers", "staff", "inbound_messages", "outbound_messages", "consent_events", "conversation_states" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("CREATE UNIQUE INDEX [IX_inbound_messages_MessageSid]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_customers_Phone]", script, StringComparison.Ordinal);
        // A unique idempotency key that may be null needs SQL Server's filtered index.
        Assert.Contains("[IdempotencyKey] IS NOT NULL", script, StringComparison.Ordinal);
    }

    // Configured exactly as the app configures them, so the history table and options match production.
    private static CrmDbContext Create(string provider)
    {
        switch (provider)
        {
            case "Sqlite":
                var sqlite = new DbContextOptionsBuilder<SqliteCrmDbContext>();
                sqlite.UseCrmSqlite("Data Source=:memory:");
                return new SqliteCrmDbContext(sqlite.Options);
            case "SqlServer":
                var sqlServer = new DbContextOptionsBuilder<SqlServerCrmDbContext>();
                sqlServer.UseCrmSqlServer("Server=none;Database=crm");
                return new SqlServerCrmDbContext(sqlServer.Options);
            default:
                var postgres = new DbContextOptionsBuilder<PostgresCrmDbContext>();
                postgres.UseCrmPostgres("Host=none;Database=crm");
                return new PostgresCrmDbContext(postgres.Options);
        }
    }
}
