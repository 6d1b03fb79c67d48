using System.Net;
using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

public sealed class HealthTests
{
    [Theory]
    [InlineData(Db.Sqlite)]
    [InlineData(Db.Postgres)]
    public async Task Ready_checks_the_database_and_names_the_channel(Db db)
    {
        await using var app = await BotApp.StartAsync(db);
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("sandbox", json.RootElement.GetProperty("checks").GetProperty("channel").GetProperty("description").GetString());
    }

    [Theory]
    [InlineData(ClientAddress.Remote, null, false)]
    [InlineData(ClientAddress.Remote, "wrong-key", false)]
    [InlineData(ClientAddress.Remote, "admin-test-key", true)]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("::1", null, true)]
    public async Task Ready_tells_what_runs_only_to_this_machine_or_the_admin_key(string from, string? key, bool details)
    {
        await using var app = await BotApp.StartAsync(Db.Sqlite, settings: new Dictionary<string, string?> { ["Admin:ApiKey"] = "admin-test-key" }, services: ClientAddress.FromHeader);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready").From(from);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        var ready = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(details, json.RootElement.TryGetProperty("checks", out _));
        Assert.Equal(details, body.Contains("Sqlite", StringComparison.Ordinal));
    }

    /// <summary>
    /// A server database missing migrations is refused at start (StartupRefusalTests); one that loses them while the app
    /// runs (restored from an older backup, say) is no longer ready, and says what to run.
    /// </summary>
    [Fact]
    public async Task A_server_database_that_is_missing_migrations_is_not_ready_and_says_why()
    {
        await using var app = await BotApp.StartAsync(Db.Postgres);
        using var client = app.CreateClient();
        await app.ExecuteAsync(db => db.Database.ExecuteSqlRawAsync(
            "DELETE FROM __ef_migrations_history WHERE \"MigrationId\" = (SELECT max(\"MigrationId\") FROM __ef_migrations_history)"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("migrate", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
