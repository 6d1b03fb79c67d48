using System.Net;
using System.Text;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>The real executable on a real socket, shared by the tests of <see cref="RealServerTests"/>.</summary>
public sealed class RealServerFixture : IAsyncLifetime
{
    public FakeTwilio Twilio { get; } = new();

    public RealBot Bot { get; private set; } = null!;

    public async Task InitializeAsync() => Bot = await RealBot.StartAsync(Twilio);

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        Twilio.Dispose();
    }
}

/// <summary>
/// What only a real Kestrel socket shows: the headers the server itself adds, and uploads that are cut short,
/// trickled or too large. Each is answered with its 4xx and logged below Error; the server carries on.
/// </summary>
public sealed class RealServerTests(RealServerFixture fixture) : IClassFixture<RealServerFixture>
{
    private const string Path = TwilioWebhooksApi.MessagesPath;

    private RealBot Bot => fixture.Bot;

    [Fact]
    public async Task The_server_does_not_say_what_it_is_and_sends_the_security_headers()
    {
        var response = await Bot.Http.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(",", response.Headers.Server)}");
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_upload_cut_short_is_a_400_below_error_in_the_log_and_the_server_carries_on(bool reset)
    {
        var from = Bot.Output.Count;
        var body = Signed(out var signature);

        await RawHttp.SendAndHangUpAsync(Bot.Port, Head(signature, body.Length + 500), body[..(body.Length / 2)], reset);

        // Another test's request may finish in this window too, so wait for this one's answer by its status.
        await Eventually.TrueAsync(
            () => Task.FromResult(Bot.Output.Skip(from).Any(l => l.Contains($"POST {Path} responded 400", StringComparison.Ordinal))),
            "the cut-short request in the request log as a 400");
        Assert.Empty(ServerLog.Problems(Bot.Output.Skip(from)));
        Assert.Equal(HttpStatusCode.OK, (await Bot.Http.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task An_upload_too_slow_to_wait_for_gets_408_below_error_in_the_log()
    {
        var from = Bot.Output.Count;

        // Kestrel wants 240 bytes a second after a 5-second grace; one byte a second falls behind at once.
        var status = await RawHttp.TrickleAsync(Bot.Port, Head("sig", 2000), TimeSpan.FromSeconds(1));

        Assert.Equal(408, status);
        await Eventually.TrueAsync(
            () => Task.FromResult(Bot.Output.Skip(from).Any(l => l.Contains($"POST {Path} responded 408", StringComparison.Ordinal))),
            "the slow request in the request log");
        Assert.Empty(ServerLog.Problems(Bot.Output.Skip(from)));
    }

    [Fact]
    public async Task A_body_larger_than_any_webhook_gets_413_whether_announced_or_chunked()
    {
        var from = Bot.Output.Count;
        var announced = await RawHttp.SendAsync(Bot.Port, Head("sig", 10_000_000), new byte[100_000]);
        var chunk = new string('a', 0x10000);
        var chunked = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat($"10000\r\n{chunk}\r\n", 40)) + "0\r\n\r\n");
        var unannounced = await RawHttp.SendAsync(
            Bot.Port,
            RawHttp.Head("POST", Path, "Content-Type: application/x-www-form-urlencoded", "Transfer-Encoding: chunked", "X-Twilio-Signature: sig"),
            chunked);

        Assert.Equal(413, announced);
        Assert.Equal(413, unannounced);
        Assert.Empty(ServerLog.Problems(Bot.Output.Skip(from)));
    }

    private static string Head(string signature, int contentLength) => RawHttp.Head(
        "POST", Path,
        "Content-Type: application/x-www-form-urlencoded",
        $"Content-Length: {contentLength}",
        $"X-Twilio-Signature: {signature}");

    private static byte[] Signed(out string signature)
    {
        var form = TwilioWebhook.Sms("+919876543210", "a message that never arrives whole");
        signature = TwilioWebhook.Sign(Path, form);
        return Encoding.ASCII.GetBytes(string.Join('&', form.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));
    }
}
