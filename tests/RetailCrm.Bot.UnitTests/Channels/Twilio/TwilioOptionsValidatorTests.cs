using RetailCrm.Bot.Channels.Twilio;

namespace RetailCrm.Bot.UnitTests.Channels.Twilio;

public sealed class TwilioOptionsValidatorTests
{
    private readonly TwilioOptionsValidator _validator = new();

    [Fact]
    public void No_credentials_is_sandbox_mode_and_valid()
    {
        var options = new TwilioOptions();

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.False(options.IsConfigured);
    }

    [Fact]
    public void A_complete_configuration_is_valid()
    {
        var options = new TwilioOptions
        {
            AccountSid = "AC00000000000000000000000000000000",
            AuthToken = "secret",
            SmsFrom = "+14155550100",
            WhatsAppFrom = "whatsapp:+14155550101",
            PublicBaseUrl = "https://bot.example.com",
        };

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.Equal("https://bot.example.com/webhooks/twilio/status", options.StatusCallbackUrl);
    }

    [Theory]
    [InlineData("AC1", null, "+14155550100", null, "AuthToken")]
    [InlineData("AC1", "t", null, null, "nothing to send from")]
    [InlineData("AC1", "t", "4155550100", null, "SmsFrom")]
    [InlineData("AC1", "t", null, "+14155550101", "WhatsAppFrom")]
    public void Half_a_configuration_fails_with_a_sentence_naming_the_key(
        string? sid, string? token, string? smsFrom, string? whatsAppFrom, string mentioned)
    {
        var result = _validator.Validate(null, new TwilioOptions
        {
            AccountSid = sid,
            AuthToken = token,
            SmsFrom = smsFrom,
            WhatsAppFrom = whatsAppFrom,
        });

        Assert.True(result.Failed);
        Assert.Contains(mentioned, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_api_key_needs_its_secret()
    {
        var result = _validator.Validate(null, new TwilioOptions { ApiKeySid = "SK1" });

        Assert.True(result.Failed);
        Assert.Contains("ApiKeySecret", result.FailureMessage, StringComparison.Ordinal);
    }
}
