using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>What a successful start tells the operator, in a few lines: what runs, and what is missing.</summary>
public sealed class StartupSummaryTests
{
    private static readonly string[] SummaryStarts = ["Store: ", "Database: ", "Channel: ", "Not set: "];

    [Fact]
    public async Task A_sandbox_start_names_the_store_its_people_the_database_file_and_the_missing_facts()
    {
        var log = new LogCapture();
        await using var app = await BotApp.StartAsync(Db.Sqlite, settings: new Dictionary<string, string?> { ["Store:Address"] = "MG Road, Pune" }, services: log.Register);

        var summary = Summary(log);

        var file = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        Assert.Equal(
            [
                $"Store: {TestSettings.StoreName}; owners: 1; staff: 0",
                $"Database: the SQLite database {file}",
                "Channel: sandbox (Twilio is not configured: replies are printed here). AI: off (rules and templates)",
                "Not set: Store:Phone, Store:OpeningHours, Store:ReturnPolicy. Shoppers who ask about them are handed to the team; set them in appsettings.json or the environment.",
            ],
            summary);
    }

    [Fact]
    public async Task A_twilio_start_on_a_server_database_names_the_webhook_and_never_the_password()
    {
        using var twilio = new FakeTwilio();
        var log = new LogCapture();
        var database = new NpgsqlConnectionStringBuilder(await BotApp.NewDatabaseAsync(Db.Postgres)) { Password = "not-to-be-logged" };
        await using var app = await BotApp.StartAsync(Db.Postgres, twilio, services: log.Register, connectionString: database.ToString());

        var summary = Summary(log);

        Assert.Contains($"Database: the PostgreSQL database {database.Database} on {database.Host}:{database.Port}", summary);
        Assert.Contains($"Channel: Twilio (SMS, WhatsApp); webhook {TestSettings.PublicBaseUrl}/webhooks/twilio/messages. AI: off (rules and templates)", summary);
        Assert.DoesNotContain(log.Lines, line => line.Contains("not-to-be-logged", StringComparison.Ordinal));
    }

    private static List<string> Summary(LogCapture log) =>
        log.Events
            .Select(e => e.RenderMessage(CultureInfo.InvariantCulture).Replace("\"", "", StringComparison.Ordinal))
            .Where(line => SummaryStarts.Any(start => line.StartsWith(start, StringComparison.Ordinal)))
            .ToList();
}
