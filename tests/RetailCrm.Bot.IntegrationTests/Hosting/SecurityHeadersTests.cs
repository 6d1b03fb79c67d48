using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>
/// Every response carries the headers that keep a browser from misreading, leaking or framing it, whatever answered
/// it. (No database is involved, so these run on SQLite only; the real server's own headers are in RealServerTests.)
/// </summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private const string AdminKey = "admin-test-key";
    private readonly FakeTwilio _twilio = new();
    private BotApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await BotApp.StartAsync(Db.Sqlite, _twilio, new Dictionary<string, string?> { ["Admin:ApiKey"] = AdminKey });

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _twilio.Dispose();
    }

    public static TheoryData<string, string, HttpStatusCode> Requests => new()
    {
        { "GET", "/health/live", HttpStatusCode.OK },
        { "GET", "/health/ready", HttpStatusCode.OK },
        { "GET", "/no/such/page", HttpStatusCode.NotFound },
        { "POST", TwilioWebhooksApi.MessagesPath, HttpStatusCode.Forbidden },
        { "PUT", TwilioWebhooksApi.MessagesPath, HttpStatusCode.MethodNotAllowed },
        { "GET", "/admin/customers/+919876543210", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_response_carries_the_security_headers(string method, string path, HttpStatusCode status)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = new FormUrlEncodedContent(TwilioWebhook.Sms("+919876543210", "hi"));
        }

        var response = await client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Https_responses_tell_browsers_to_stay_on_https()
    {
        using var https = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(TestSettings.PublicBaseUrl) });
        using var http = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://bot.example.test") });

        var overHttps = await https.GetAsync("/health/live");
        var overHttp = await http.GetAsync("/health/live");

        Assert.StartsWith("max-age=", Header(overHttps, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_developer_machine_gets_no_hsts()
    {
        await using var development = await BotApp.StartAsync(Db.Sqlite, settings: new Dictionary<string, string?> { ["environment"] = "Development" });
        using var https = development.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(TestSettings.PublicBaseUrl) });

        var response = await https.GetAsync("/health/live");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
