using System.Net;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Channels.Twilio;

/// <summary>Delivery updates arrive out of order; a message never moves back from a later status.</summary>
public abstract class StatusCallbackTests(Db db) : IAsyncLifetime
{
    private const string Path = TwilioWebhooksApi.StatusPath;
    private readonly FakeTwilio _twilio = new();
    private BotApp _app = null!;
    private HttpClient _client = null!;
    private string _sid = null!;

    public async Task InitializeAsync()
    {
        _app = await BotApp.StartAsync(db, _twilio);
        _client = _app.CreateClient();
        await TwilioWebhook.PostAsync(_client, TwilioWebhooksApi.MessagesPath, TwilioWebhook.WhatsApp("+919876543210", "hi"));
        await _twilio.WaitForSentAsync(1);
        var row = await Eventually.ValueAsync(
            () => _app.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleAsync()),
            m => m.ProviderSid is not null,
            null,
            "the reply's SID");
        _sid = row.ProviderSid!;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _twilio.Dispose();
    }

    [Fact]
    public async Task Delivered_after_read_leaves_read()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await Callback("sent")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Callback("read")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Callback("delivered")).StatusCode);

        Assert.Equal(OutboundStatus.Read, await StatusAsync());
    }

    [Fact]
    public async Task Statuses_in_order_move_the_message_forward()
    {
        await Callback("sent");
        Assert.Equal(OutboundStatus.Sent, await StatusAsync());
        await Callback("delivered");
        Assert.Equal(OutboundStatus.Delivered, await StatusAsync());
    }

    [Fact]
    public async Task A_failure_records_its_error_code_and_is_final()
    {
        await Callback("undelivered", errorCode: "30003");
        await Callback("delivered");

        var row = await _app.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleAsync());
        Assert.Equal(OutboundStatus.Undelivered, row.Status);
        Assert.Equal(30003, row.ErrorCode);
    }

    [Fact]
    public async Task Callbacks_racing_each_other_end_on_the_furthest_status()
    {
        await Task.WhenAll(Callback("sent"), Callback("read"), Callback("delivered"), Callback("sent"));

        Assert.Equal(OutboundStatus.Read, await StatusAsync());
    }

    [Fact]
    public async Task A_delivery_report_that_arrives_before_the_send_is_answered_is_kept()
    {
        // Twilio may call back before the bot has read its answer to the send: the report must survive the recording.
        const string shopper = "+919876500001";
        var sid = "SM" + new string('d', 32);
        var release = new TaskCompletionSource();
        var held = new TaskCompletionSource();
        _twilio.HoldSends(release.Task, held, sid);
        try
        {
            await TwilioWebhook.PostAsync(_client, TwilioWebhooksApi.MessagesPath, TwilioWebhook.WhatsApp(shopper, "hi"));
            await held.Task.WaitAsync(TimeSpan.FromMinutes(1));
            var id = await _app.QueryAsync(d => d.OutboundMessages.Where(m => m.ToPhone == shopper).Select(m => m.Id).SingleAsync());

            var form = Form("delivered");
            form["MessageSid"] = form["SmsSid"] = sid;
            form["To"] = "whatsapp:" + shopper;
            var callback = await TwilioWebhook.PostAsync(_client, $"{Path}?{TwilioMessageSender.OutboundIdParameter}={id}", form);
            Assert.Equal(HttpStatusCode.NoContent, callback.StatusCode);
        }
        finally
        {
            release.TrySetResult();
        }

        // Recorded once the send's answer is in: the channel it went by is written then, never by the callback.
        var row = await Eventually.ValueAsync(
            () => _app.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleAsync(m => m.ToPhone == shopper)),
            m => m.SentVia is not null,
            null,
            "the send's answer to be recorded");
        Assert.Equal(OutboundStatus.Delivered, row.Status);
        Assert.Equal(sid, row.ProviderSid);
        Assert.Null(row.LockedUntil);
    }

    [Fact]
    public async Task A_forged_callback_is_refused_and_changes_nothing()
    {
        var form = Form("read");
        var response = await TwilioWebhook.PostAsync(_client, Path, form, signature: "forged");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(OutboundStatus.Queued, await StatusAsync());
    }

    [Fact]
    public async Task A_callback_for_an_unknown_message_is_acknowledged()
    {
        var form = Form("delivered");
        form["MessageSid"] = "SM" + new string('0', 32);

        var response = await TwilioWebhook.PostAsync(_client, Path, form);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task A_callback_without_a_status_is_a_bad_request()
    {
        var form = Form("delivered");
        form.Remove("MessageStatus");
        form.Remove("SmsStatus");

        var response = await TwilioWebhook.PostAsync(_client, Path, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Dictionary<string, string> Form(string status, string? errorCode = null)
    {
        var form = new Dictionary<string, string>
        {
            ["AccountSid"] = TestSettings.AccountSid,
            ["MessageSid"] = _sid,
            ["SmsSid"] = _sid,
            ["MessageStatus"] = status,
            ["SmsStatus"] = status,
            ["From"] = TestSettings.WhatsAppFrom,
            ["To"] = "whatsapp:+919876543210",
            ["ApiVersion"] = "2010-04-01",
        };
        if (errorCode is not null)
        {
            form["ErrorCode"] = errorCode;
        }

        return form;
    }

    private Task<HttpResponseMessage> Callback(string status, string? errorCode = null) =>
        TwilioWebhook.PostAsync(_client, Path, Form(status, errorCode));

    private Task<OutboundStatus> StatusAsync() =>
        _app.QueryAsync(d => d.OutboundMessages.AsNoTracking().Select(m => m.Status).SingleAsync());
}

public sealed class SqliteStatusCallbackTests() : StatusCallbackTests(Db.Sqlite);

public sealed class PostgresStatusCallbackTests() : StatusCallbackTests(Db.Postgres);
