using System.Net;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using Serilog.Events;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>
/// The request log costs nothing for what comes by the thousand (an accepted webhook is a Debug line, not written at
/// the default level) and still records every request that was refused or failed.
/// </summary>
public sealed class RequestLogLevelTests : IAsyncLifetime
{
    private const string Path = TwilioWebhooksApi.MessagesPath;

    private readonly FakeTwilio _twilio = new();
    private readonly LogCapture _log = new();
    private BotApp _app = null!;

    public async Task InitializeAsync() => _app = await BotApp.StartAsync(Db.Sqlite, _twilio, services: _log.Register);

    [Fact]
    public async Task An_accepted_webhook_leaves_no_request_line_at_information_and_a_refused_one_does()
    {
        using var client = _app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await TwilioWebhook.PostAsync(client, Path, TwilioWebhook.Sms("+919876543210", "hi"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await TwilioWebhook.PostAsync(client, Path, TwilioWebhook.Sms("+919876543210", "hi"), sign: false)).StatusCode);
        await _twilio.WaitForSentAsync(1);

        var requestLines = await Eventually.ValueAsync(
            () => Task.FromResult(_log.Events.Where(e => e.Properties.ContainsKey("StatusCode") && e.Properties.ContainsKey("Elapsed")).ToList()),
            lines => lines.Count > 0,
            null,
            "the refused webhook's request line");
        var line = Assert.Single(requestLines);
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Equal("403", line.Properties["StatusCode"].ToString());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _twilio.Dispose();
    }
}
