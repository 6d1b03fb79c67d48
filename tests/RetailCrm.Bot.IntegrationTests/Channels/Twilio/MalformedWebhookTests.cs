using System.Net;
using System.Text;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Channels.Twilio;

/// <summary>
/// Whatever arrives, the answer is a 4xx with a problem detail, never a 500, and nothing is stored. (A well-formed
/// message from a sender that is not a phone number is acknowledged and recorded: see <see cref="NonPhoneSenderTests"/>.)
/// </summary>
public abstract class MalformedWebhookTests(Db db) : AppTestBase(db)
{
    private const string Path = TwilioWebhooksApi.MessagesPath;

    [Fact]
    public async Task No_from_is_a_bad_request()
    {
        var form = TwilioWebhook.Sms("+919876543210", "hi");
        form.Remove("From");

        await AssertRefused(await TwilioWebhook.PostAsync(Client, Path, form), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task No_message_sid_is_a_bad_request()
    {
        var form = TwilioWebhook.Sms("+919876543210", "hi");
        form.Remove("MessageSid");
        form.Remove("SmsMessageSid");

        await AssertRefused(await TwilioWebhook.PostAsync(Client, Path, form), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_longer_than_any_channel_allows_is_refused()
    {
        var form = TwilioWebhook.WhatsApp("+919876543210", new string('a', 5000));

        await AssertRefused(await TwilioWebhook.PostAsync(Client, Path, form), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_huge_request_is_refused_before_it_is_read()
    {
        var form = TwilioWebhook.WhatsApp("+919876543210", new string('a', 200_000));

        await AssertRefused(await TwilioWebhook.PostAsync(Client, Path, form), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("Body=%FF%FEhi")]
    [InlineData("Body=%E0%A4")]
    [InlineData("Body=50%25+off%ZZ")]
    public async Task Broken_encoding_is_a_bad_request(string brokenField)
    {
        var form = TwilioWebhook.Sms("+919876543210", "hi");
        var encoded = string.Join('&', form.Where(p => p.Key != "Body").Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")) + "&" + brokenField;

        var response = await TwilioWebhook.PostRawAsync(Client, Path, Encoding.ASCII.GetBytes(encoded), TwilioWebhook.Sign(Path, form));

        await AssertRefused(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Json_instead_of_a_form_is_unsupported()
    {
        var response = await TwilioWebhook.PostRawAsync(Client, Path, TwilioWebhook.Utf8("""{"From":"+919876543210"}"""), "sig", "application/json");

        await AssertRefused(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task An_empty_post_is_refused()
    {
        var response = await TwilioWebhook.PostRawAsync(Client, Path, [], "sig");

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"got {(int)response.StatusCode}");
        Assert.Equal(0, await App.CountAsync<InboundMessage>());
    }

    private async Task AssertRefused(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await App.CountAsync<InboundMessage>());
    }
}

public sealed class SqliteMalformedWebhookTests() : MalformedWebhookTests(Db.Sqlite);

public sealed class PostgresMalformedWebhookTests() : MalformedWebhookTests(Db.Postgres);
