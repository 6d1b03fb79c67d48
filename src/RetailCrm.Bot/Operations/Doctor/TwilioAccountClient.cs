using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Channels.Twilio.Content;

namespace RetailCrm.Bot.Operations.Doctor;

/// <summary><c>GET /2010-04-01/Accounts/{AccountSid}.json</c> on <c>Twilio:ApiBaseUrl</c>: the cheapest call that proves credentials.</summary>
public sealed class TwilioAccountClient(HttpClient http, IOptions<TwilioOptions> twilio)
{
    /// <param name="useAuthToken">Sign with the auth token even when an API key is configured (the token signs webhooks).</param>
    public async Task<TwilioResult<AccountResource>> FetchAsync(bool useAuthToken, CancellationToken ct)
    {
        var options = twilio.Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"2010-04-01/Accounts/{Uri.EscapeDataString(options.AccountSid!)}.json");
        request.Headers.Authorization = TwilioRest.BasicAuth(options, useAuthToken);
        return await TwilioRest.SendAsync<AccountResource>(http, request, ct);
    }
}

/// <summary>The account: <see cref="Status"/> is active, suspended or closed; <see cref="Type"/> is Trial or Full.</summary>
public sealed record AccountResource(
    [property: JsonPropertyName("sid")] string? Sid,
    [property: JsonPropertyName("friendly_name")] string? FriendlyName,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("type")] string? Type);
