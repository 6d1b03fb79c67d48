using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RetailCrm.Bot.Channels.Twilio.Content;

/// <summary>
/// What every operator call to Twilio's REST APIs shares: Basic auth with the credentials REST calls use (the API key
/// when one is set, else the account's auth token), and Twilio's answer read as a value or as its error JSON
/// (<c>{"code": 20404, "message": "...", "more_info": "...", "status": 404}</c>).
/// </summary>
public static class TwilioRest
{
    public static AuthenticationHeaderValue BasicAuth(TwilioOptions twilio, bool useAuthToken = false)
    {
        var (user, secret) = twilio.UsesApiKey && !useAuthToken
            ? (twilio.ApiKeySid!, twilio.ApiKeySecret!)
            : (twilio.AccountSid!, twilio.AuthToken!);
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{secret}")));
    }

    /// <summary>The configuration keys that hold the credentials a call was made with: what to fix after a 401.</summary>
    public static string CredentialKeys(TwilioOptions twilio, bool useAuthToken = false) =>
        twilio.UsesApiKey && !useAuthToken ? "Twilio:ApiKeySid / Twilio:ApiKeySecret" : "Twilio:AccountSid / Twilio:AuthToken";

    /// <summary>Sends <paramref name="request"/> and reads the answer; a network failure is an answer with status 0.</summary>
    public static async Task<TwilioResult<T>> SendAsync<T>(HttpClient http, HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new TwilioResult<T>(status, Parse<T>(body), null)
                : new TwilioResult<T>(status, default, Parse<TwilioError>(body) ?? new TwilioError(null, $"HTTP {status}", null, status));
        }
        catch (Exception ex) when (ex is HttpRequestException or Polly.Timeout.TimeoutRejectedException
                                       || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return new TwilioResult<T>(0, default, new TwilioError(null, $"unreachable ({ex.GetType().Name}: {ex.Message})", null, 0));
        }
    }

    private static T? Parse<T>(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}

/// <summary>Twilio's answer: the value on 2xx, else its error. <see cref="Status"/> 0 means Twilio was not reached.</summary>
public sealed record TwilioResult<T>(int Status, T? Value, TwilioError? Error)
{
    public bool Ok => Error is null && Value is not null;

    public bool NotFound => Status == 404;

    public bool Unauthorized => Status is 401 or 403;

    /// <summary>"HTTP 401, Twilio error 20003: Authenticate", for one line of output.</summary>
    public string Describe() => Error is null
        ? $"HTTP {Status}"
        : Status == 0
            ? Error.Message ?? "unreachable"
            : $"HTTP {Status}{(Error.Code is { } code ? $", Twilio error {code}" : "")}: {Error.Message}";
}

public sealed record TwilioError(
    [property: JsonPropertyName("code")] int? Code,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("more_info")] string? MoreInfo,
    [property: JsonPropertyName("status")] int? Status);
