using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Primitives;
using RetailCrm.Bot.Channels.Twilio;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>Builds and signs webhook requests the way Twilio does.</summary>
public static class TwilioWebhook
{
    private static int _counter;

    public static string NewMessageSid() =>
        "SM" + Interlocked.Increment(ref _counter).ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..24];

    public static Dictionary<string, string> WhatsApp(string fromE164, string body, string? sid = null, string? profileName = "Priya") => new()
    {
        ["SmsMessageSid"] = sid ??= NewMessageSid(),
        ["MessageSid"] = sid,
        ["AccountSid"] = TestSettings.AccountSid,
        ["From"] = "whatsapp:" + fromE164,
        ["To"] = TestSettings.WhatsAppFrom,
        ["Body"] = body,
        ["NumMedia"] = "0",
        ["NumSegments"] = "1",
        ["ProfileName"] = profileName ?? "",
        ["WaId"] = fromE164.TrimStart('+'),
        ["ApiVersion"] = "2010-04-01",
    };

    public static Dictionary<string, string> Sms(string from, string body, string? sid = null) => new()
    {
        ["SmsMessageSid"] = sid ??= NewMessageSid(),
        ["MessageSid"] = sid,
        ["AccountSid"] = TestSettings.AccountSid,
        ["From"] = from,
        ["To"] = TestSettings.SmsFrom,
        ["Body"] = body,
        ["NumMedia"] = "0",
        ["NumSegments"] = "1",
        ["FromCountry"] = "IN",
        ["ApiVersion"] = "2010-04-01",
    };

    public static string Sign(string path, IEnumerable<KeyValuePair<string, string>> form) =>
        TwilioSignature.Compute(
            TestSettings.AuthToken,
            TestSettings.PublicBaseUrl + path,
            form.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => new StringValues(g.Select(p => p.Value).ToArray())));

    /// <summary>POSTs a form signed for <paramref name="path"/> (or with the given signature, or none).</summary>
    public static Task<HttpResponseMessage> PostAsync(
        HttpClient client,
        string path,
        IEnumerable<KeyValuePair<string, string>> form,
        string? signature = null,
        bool sign = true)
    {
        var pairs = form.ToList();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(pairs) };
        if (sign)
        {
            request.Headers.Add(TwilioRequestAuthenticator.SignatureHeader, signature ?? Sign(path, pairs));
        }

        return client.SendAsync(request);
    }

    /// <summary>POSTs raw bytes as a form, for requests no well-behaved client would build.</summary>
    public static Task<HttpResponseMessage> PostRawAsync(HttpClient client, string path, byte[] body, string signature, string contentType = "application/x-www-form-urlencoded")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add(TwilioRequestAuthenticator.SignatureHeader, signature);
        return client.SendAsync(request);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
