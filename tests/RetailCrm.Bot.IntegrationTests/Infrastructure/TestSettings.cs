namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>The store and Twilio account every integration test runs as.</summary>
public static class TestSettings
{
    public const string AccountSid = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string AuthToken = "test-auth-token-0123456789";
    public const string SmsFrom = "+14155550100";
    public const string WhatsAppFrom = "whatsapp:+14155550111";
    public const string PublicBaseUrl = "https://bot.example.test";
    public const string StoreName = "Kapoor Fashions";
    public const string OwnerPhone = "+919000000001";

    /// <summary>Basic auth Twilio expects: AccountSid:AuthToken.</summary>
    public static string BasicAuth =>
        "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}"));
}
