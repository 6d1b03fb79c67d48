using System.Text;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Channels.Twilio;

/// <summary>The optional ways of sending: an API key instead of the auth token, a Messaging Service instead of a number.</summary>
public sealed class TwilioSenderOptionsTests
{
    [Fact]
    public async Task With_an_api_key_rest_calls_use_the_key_and_webhooks_still_use_the_auth_token()
    {
        using var twilio = new FakeTwilio();
        await using var app = await BotApp.StartAsync(Db.Sqlite, twilio, new Dictionary<string, string?>
        {
            ["Twilio:ApiKeySid"] = "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            ["Twilio:ApiKeySecret"] = "key-secret",
        });
        using var client = app.CreateClient();

        await TwilioWebhook.PostAsync(client, TwilioWebhooksApi.MessagesPath, TwilioWebhook.Sms("+919876543210", "hi"));

        var sent = Assert.Single(await twilio.WaitForSentAsync(1));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb:key-secret")), sent.Authorization);
    }

    [Fact]
    public async Task With_a_messaging_service_messages_go_from_its_pool()
    {
        using var twilio = new FakeTwilio();
        await using var app = await BotApp.StartAsync(Db.Sqlite, twilio, new Dictionary<string, string?>
        {
            ["Twilio:MessagingServiceSid"] = "MGcccccccccccccccccccccccccccccccc",
        });
        using var client = app.CreateClient();

        await TwilioWebhook.PostAsync(client, TwilioWebhooksApi.MessagesPath, TwilioWebhook.WhatsApp("+919876543210", "hi"));

        var sent = Assert.Single(await twilio.WaitForSentAsync(1));
        Assert.Equal("MGcccccccccccccccccccccccccccccccc", sent.Form["MessagingServiceSid"]);
        Assert.False(sent.Form.ContainsKey("From"));
        Assert.Equal("whatsapp:+919876543210", sent.To);
    }
}
