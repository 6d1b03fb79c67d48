namespace RetailCrm.Bot.Channels.Twilio;

/// <summary>
/// The <c>Twilio</c> section. With no AccountSid and AuthToken the bot runs in sandbox mode: nothing is
/// sent, replies are printed, and the local chat endpoint is open.
/// </summary>
public sealed class TwilioOptions
{
    public const string SectionName = "Twilio";

    public string? AccountSid { get; set; }

    /// <summary>Signs webhooks (always) and authenticates REST calls (unless an API key is given).</summary>
    public string? AuthToken { get; set; }

    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>An API key (SK...) and its secret, used for REST calls instead of the auth token.</summary>
    public string? ApiKeySid { get; set; }

    public string? ApiKeySecret { get; set; }

    /// <summary>When set, messages are sent from the service's sender pool instead of a fixed number.</summary>
    public string? MessagingServiceSid { get; set; }

    /// <summary>The SMS number, E.164.</summary>
    public string? SmsFrom { get; set; }

    /// <summary>The WhatsApp sender, <c>whatsapp:+E164</c>.</summary>
    public string? WhatsAppFrom { get; set; }

    /// <summary>
    /// The origin Twilio calls (https://bot.example.com). Signatures are computed over this plus the
    /// request path, because behind a proxy the app does not see the URL Twilio used.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AccountSid) && !string.IsNullOrWhiteSpace(AuthToken);

    public bool UsesApiKey => !string.IsNullOrWhiteSpace(ApiKeySid) && !string.IsNullOrWhiteSpace(ApiKeySecret);

    /// <summary>Where Twilio posts delivery updates; only known when the public URL is.</summary>
    public string? StatusCallbackUrl =>
        string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : PublicBaseUrl.TrimEnd('/') + TwilioWebhooksApi.StatusPath;
}
