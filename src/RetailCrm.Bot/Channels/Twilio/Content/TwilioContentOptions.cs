namespace RetailCrm.Bot.Channels.Twilio.Content;

/// <summary>
/// Where Twilio's Content API is (<c>Twilio:ContentApiBaseUrl</c>, beside <c>Twilio:ApiBaseUrl</c>): the WhatsApp templates
/// live on their own host, so tests point this at WireMock as they point the messages API.
/// </summary>
public sealed class TwilioContentOptions
{
    public string ContentApiBaseUrl { get; set; } = "https://content.twilio.com";

    public static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
