using System.Net;
using System.Text.RegularExpressions;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>
/// A whole day at the store through the real webhook and the admin API, with every log event caught as any sink
/// would get it (message, properties, exception): no phone number and no message text in any of it.
/// </summary>
public abstract partial class LogPrivacyTests(Db db) : IAsyncLifetime
{
    private const string AdminKey = "admin-test-key";
    private const string Priya = "+919876543210";
    private const string Arjun = "+919812345678";
    private const string Ramesh = "+919123409876";

    private readonly FakeTwilio _twilio = new();
    private readonly LogCapture _log = new();
    private readonly List<string> _written = [];
    private BotApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await BotApp.StartAsync(db, _twilio, new Dictionary<string, string?> { ["Admin:ApiKey"] = AdminKey }, _log.Register);
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _twilio.Dispose();
    }

    [Fact]
    public async Task A_days_conversations_leave_no_phone_number_and_no_message_text_in_the_log()
    {
        var chat = new ChatSession(_app, _twilio, _client);
        await Say(chat, TestSettings.OwnerPhone, "add Ramesh 91234 09876 as staff");
        await Say(chat, Priya, "hello, do you have a red saree in silk?");
        await Say(chat, Priya, "please notify me when the red saree is back");
        await Say(chat, Arjun, "what did I buy from your shop last time?", MessageChannel.Sms);
        await Say(chat, Ramesh, "arrived red saree x 5 rs 3450");
        await Say(chat, TestSettings.OwnerPhone, "sale 9876543210 2499 red saree");
        await Say(chat, TestSettings.OwnerPhone, "note 98765 43210 prefers handloom silk");
        await Say(chat, TestSettings.OwnerPhone, "who is +91-98765-43210");
        await Say(chat, Priya, "the zip broke after one day, very unhappy");
        await Say(chat, Arjun, "STOP", MessageChannel.Sms);
        await NotAPhoneAsync("messenger:9876543210", "a message from messenger about my order");
        await UnsignedAsync(Priya, "an unsigned message that is refused");
        foreach (var path in new[] { "/admin/customers/+919876543210", "/admin/customers/98765%2043210", "/admin/customers/+919812345678" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Admin(HttpMethod.Get, path, "wrong-key")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await Admin(HttpMethod.Get, path, AdminKey)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await Admin(HttpMethod.Delete, "/admin/customers/+919812345678", AdminKey)).StatusCode);
        await chat.WaitUntilSentAsync();

        var lines = _log.Lines;
        Assert.NotEmpty(lines);
        Assert.True(lines.Any(l => l.Contains("/admin/customers/+91******3210", StringComparison.Ordinal)), "The request log is caught too:\n" + string.Join('\n', lines));
        var numbers = new[] { Priya, Arjun, Ramesh, TestSettings.OwnerPhone }
            .SelectMany(p => new[] { p, p[3..], p[3..8] + " " + p[8..] })
            .ToList();
        var texts = _written.Concat(_twilio.Sent.Select(s => s.Body)).Where(t => t.Length >= 12).Distinct().ToList();
        Assert.NotEmpty(_twilio.Sent);
        foreach (var line in lines)
        {
            Assert.DoesNotMatch(E164(), line);
            Assert.DoesNotContain(numbers, n => line.Contains(n, StringComparison.Ordinal));
            Assert.DoesNotContain(texts, t => line.Contains(t, StringComparison.Ordinal) || line.Contains(t[..12], StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_charts_link_is_logged_by_its_route_not_its_token()
    {
        var chat = new ChatSession(_app, _twilio, _client);
        await chat.AskAsync(TestSettings.OwnerPhone, "summary this week");
        var link = new Uri(_twilio.Sent.Single(s => s.Form.ContainsKey("MediaUrl")).Form["MediaUrl"]);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(link.PathAndQuery)).StatusCode);

        var token = link.AbsolutePath[(Media.MediaApi.Path.Length + 1)..];
        await Eventually.TrueAsync(
            () => Task.FromResult(_log.Lines.Any(l => l.Contains("\"/media/{token}\" responded 200", StringComparison.Ordinal))),
            "the chart's request is logged by its route");
        Assert.DoesNotContain(_log.Lines, l => l.Contains(token, StringComparison.Ordinal));
    }

    private async Task Say(ChatSession chat, string phone, string text, MessageChannel channel = MessageChannel.WhatsApp)
    {
        _written.Add(text);
        await chat.SendAsync(phone, text, channel);
    }

    private async Task NotAPhoneAsync(string from, string text)
    {
        _written.Add(text);
        var form = TwilioWebhook.Sms(Priya, text);
        form["From"] = from;
        Assert.Equal(HttpStatusCode.OK, (await TwilioWebhook.PostAsync(_client, TwilioWebhooksApi.MessagesPath, form)).StatusCode);
    }

    private async Task UnsignedAsync(string from, string text)
    {
        _written.Add(text);
        var response = await TwilioWebhook.PostAsync(_client, TwilioWebhooksApi.MessagesPath, TwilioWebhook.Sms(from, text), sign: false);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<HttpResponseMessage> Admin(HttpMethod method, string path, string key)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", key);
        return _client.SendAsync(request);
    }

    // A "+" and at least eight digits, however they are spaced or dashed.
    [GeneratedRegex(@"\+\d(?:[\s\-]?\d){7,}")]
    private static partial Regex E164();
}

public sealed class SqliteLogPrivacyTests() : LogPrivacyTests(Db.Sqlite);

public sealed class PostgresLogPrivacyTests() : LogPrivacyTests(Db.Postgres);
