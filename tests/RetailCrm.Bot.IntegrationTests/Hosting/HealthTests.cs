using System.Net;
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

    [Fact]
    public async Task A_server_database_that_was_not_migrated_is_not_ready_and_says_why()
    {
        await using var app = await BotApp.StartAsync(Db.Postgres, settings: new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false" });
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("migrate", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
