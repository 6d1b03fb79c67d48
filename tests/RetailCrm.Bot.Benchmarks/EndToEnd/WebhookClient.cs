using System.Diagnostics;
using System.Net;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.Benchmarks.EndToEnd;

/// <summary>Posts signed inbound WhatsApp webhooks, as Twilio does, and times each until its answer is read.</summary>
public sealed class WebhookClient : IDisposable
{
    private readonly HttpClient _http;

    public WebhookClient(string baseUrl) =>
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
        })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>Status code (0 when the request failed) and milliseconds from send to the last byte of the answer.</summary>
    public async Task<(int Status, double Ms)> PostAsync(string fromE164, string body)
    {
        var pairs = TwilioWebhook.WhatsApp(fromE164, body).ToList();
        using var request = new HttpRequestMessage(HttpMethod.Post, TwilioWebhooksApi.MessagesPath) { Content = new FormUrlEncodedContent(pairs) };
        request.Headers.Add(TwilioRequestAuthenticator.SignatureHeader, TwilioWebhook.Sign(TwilioWebhooksApi.MessagesPath, pairs));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return ((int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (0, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public static bool Ok(int status) => status == (int)HttpStatusCode.OK;

    public void Dispose() => _http.Dispose();
}
