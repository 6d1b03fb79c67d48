using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.Benchmarks.EndToEnd;

/// <summary>
/// The baseline for the inbound webhook: a minimal-API endpoint on the same path that reads the same form, checks the
/// same signature (the app's own <see cref="TwilioSignature"/>, with its port variants) and answers the same empty
/// TwiML, and does nothing else. With <c>echoTo</c> it also posts a reply to the fake Twilio after answering, as a
/// bot whose turn costs nothing would: the floor under reply latency.
/// </summary>
public sealed class BareWebhook : IAsyncDisposable
{
    private const string EmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";
    private readonly WebApplication _app;
    private readonly HttpClient? _echo;

    private BareWebhook(WebApplication app, HttpClient? echo)
    {
        _app = app;
        _echo = echo;
    }

    public string Url { get; private set; } = "";

    public static async Task<BareWebhook> StartAsync(FakeTwilio? echoTo = null)
    {
        var echo = echoTo is null ? null : new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(echoTo.Url) };
        var bare = new BareWebhook(BareKestrel.Create(), echo);
        bare._app.MapPost(TwilioWebhooksApi.MessagesPath, bare.ReceiveAsync);
        bare.Url = await BareKestrel.StartAsync(bare._app);
        return bare;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var url = TestSettings.PublicBaseUrl + request.Path + request.QueryString;
        if (!TwilioSignature.IsValid(TestSettings.AuthToken, url, form, request.Headers[TwilioRequestAuthenticator.SignatureHeader].FirstOrDefault()))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (_echo is not null)
        {
            var reply = new FormUrlEncodedContent([new("To", form["From"].ToString()), new("From", form["To"].ToString()), new("Body", "echo")]);
            _ = _echo.PostAsync($"/2010-04-01/Accounts/{TestSettings.AccountSid}/Messages.json", reply);
        }

        return Results.Content(EmptyTwiml, "text/xml");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _echo?.Dispose();
    }
}
