using System.CommandLine;
using System.Net;
using RetailCrm.Bot.Commands;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using RetailCrm.Bot.IntegrationTests.Operations;

namespace RetailCrm.Bot.IntegrationTests.Integration;

/// <summary><c>api-keys create|list|revoke</c> on the real command line, and the running app honouring what they did.</summary>
public abstract class ApiKeysCommandTests(Db db)
{
    [Fact]
    public async Task A_key_created_on_the_command_line_opens_the_api_until_it_is_revoked()
    {
        var settings = await OpsHost.SettingsAsync(db);
        settings["Database:MigrateOnStart"] = "true";

        var (created, createOutput) = await RunAsync(settings, "api-keys", "create", "pos");
        Assert.Equal(0, created);
        var key = createOutput.TrimEnd().Split('\n')[^1].Trim();
        Assert.StartsWith("rcb_", key, StringComparison.Ordinal);
        Assert.Contains("Created the read-write key \"pos\"", createOutput, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync(settings, "api-keys", "create", "reports", "--read-only")).Exit);

        var (duplicate, duplicateOutput) = await RunAsync(settings, "api-keys", "create", "pos");
        Assert.Equal(1, duplicate);
        Assert.Contains("exists", duplicateOutput, StringComparison.Ordinal);

        var (listed, list) = await RunAsync(settings, "api-keys", "list");
        Assert.Equal(0, listed);
        Assert.Contains("pos", list, StringComparison.Ordinal);
        Assert.Contains("read-only", list, StringComparison.Ordinal);
        Assert.Contains(key[..12] + "…", list, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list, StringComparison.Ordinal);

        await using (var app = await BotApp.StartAsync(db, connectionString: settings["ConnectionStrings:Crm"]))
        {
            using var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(client, key));
        }

        Assert.Equal(0, (await RunAsync(settings, "api-keys", "revoke", "pos")).Exit);
        var (again, againOutput) = await RunAsync(settings, "api-keys", "revoke", "pos");
        Assert.Equal(1, again);
        Assert.Contains("No live key", againOutput, StringComparison.Ordinal);

        await using (var app = await BotApp.StartAsync(db, connectionString: settings["ConnectionStrings:Crm"]))
        {
            using var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, key));
        }
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stock/ANY-SKU");
        request.Headers.Add("X-Api-Key", key);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<(int Exit, string Output)> RunAsync(Dictionary<string, string?> settings, params string[] command)
    {
        using var output = new StringWriter();
        var exit = await BotCommands.Create(OpsHost.Build).Parse([.. command, .. OpsHost.Args(settings)])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (exit, output.ToString());
    }
}

public sealed class SqliteApiKeysCommandTests() : ApiKeysCommandTests(Db.Sqlite);

public sealed class PostgresApiKeysCommandTests() : ApiKeysCommandTests(Db.Postgres);
