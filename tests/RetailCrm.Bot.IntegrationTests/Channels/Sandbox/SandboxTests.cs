using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Channels.Sandbox;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Channels.Sandbox;

/// <summary>Without Twilio credentials a newcomer can still talk to the bot, and nothing leaves the machine.</summary>
public sealed class SandboxTests
{
    [Fact]
    public async Task Without_twilio_the_local_chat_endpoint_answers_and_nothing_is_sent()
    {
        await using var app = await BotApp.StartAsync(Db.Sqlite);
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync(SandboxApi.Path, new { from = "98765 43210", text = "hi", profileName = "Priya" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<SandboxApi.SandboxResponse>();
        Assert.Equal("+919876543210", result!.From);
        var reply = Assert.Single(result.Replies);
        Assert.Contains("Priya", reply.Body, StringComparison.Ordinal);
        var row = await Eventually.ValueAsync(
            () => app.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleAsync()),
            m => m.Status != OutboundStatus.Pending && m.Status != OutboundStatus.Dispatching,
            null,
            "the sandbox to deliver the reply");
        Assert.Equal(OutboundStatus.Delivered, row.Status);
        Assert.StartsWith("SB", row.ProviderSid, StringComparison.Ordinal);
    }

    /// <summary>Sandbox mode's stand-in for sending a chart: the PNG is saved beside the database and its path printed.</summary>
    [Fact]
    public async Task An_owners_chart_is_saved_where_the_reply_says()
    {
        await using var app = await BotApp.StartAsync(Db.Sqlite);
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync(SandboxApi.Path, new { from = TestSettings.OwnerPhone, text = "summary this week" });

        var reply = Assert.Single((await response.Content.ReadFromJsonAsync<SandboxApi.SandboxResponse>())!.Replies);
        Assert.StartsWith("This week at " + TestSettings.StoreName, reply.Body, StringComparison.Ordinal);
        var databaseFolder = Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString).DataSource)!;
        Assert.Equal(Path.Combine(databaseFolder, "media"), Path.GetDirectoryName(reply.Chart));
        var png = await Eventually.ValueAsync(
            () => Task.FromResult(File.Exists(reply.Chart) ? File.ReadAllBytes(reply.Chart) : []),
            bytes => bytes.Length > 0,
            null,
            "the sandbox to save the chart");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    [Fact]
    public async Task The_sandbox_refuses_a_sender_that_is_not_a_phone_number()
    {
        await using var app = await BotApp.StartAsync(Db.Sqlite);
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync(SandboxApi.Path, new { from = "me", text = "hi" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_sandbox_endpoint_does_not_exist_when_twilio_is_configured()
    {
        using var twilio = new FakeTwilio();
        await using var app = await BotApp.StartAsync(Db.Sqlite, twilio);
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync(SandboxApi.Path, new { from = "98765 43210", text = "hi" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
