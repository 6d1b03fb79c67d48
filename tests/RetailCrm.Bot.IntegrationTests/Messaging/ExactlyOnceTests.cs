using System.Net;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Messaging;

/// <summary>
/// A message left claimed by a dispatcher that died mid-send (its lease ran out, no SID recorded) is sent exactly
/// once: not again when Twilio already has it, once when Twilio never got it, not at all while Twilio cannot say,
/// and a status callback carrying its outbox id records it.
/// </summary>
public abstract class ExactlyOnceTests(Db db) : IAsyncLifetime
{
    private const string Priya = "+919876543210";
    private const string Body = "Yes, the blue kurta is in stock in M. See you soon!";

    private readonly FakeTwilio _twilio = new();
    private BotApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await BotApp.StartAsync(db, _twilio);
        _client = _app.CreateClient();
    }

    [Fact]
    public async Task A_message_twilio_already_accepted_is_not_sent_again_after_a_crash()
    {
        _twilio.AlreadySent(Priya, Body, "SMalready00000000000000000000001");
        var id = await AbandonedMessageAsync();

        var row = await SettledAsync(id);

        Assert.Equal("SMalready00000000000000000000001", row.ProviderSid);
        Assert.Empty(_twilio.Requests);
        Assert.True(_twilio.Lookups >= 1);
    }

    [Fact]
    public async Task A_message_twilio_never_received_is_sent_exactly_once_after_a_crash()
    {
        var id = await AbandonedMessageAsync();

        var row = await SettledAsync(id);

        var sent = Assert.Single(_twilio.Requests);
        Assert.Equal((Priya, Body), (sent.To, sent.Body));
        Assert.Equal(OutboundStatus.Queued, row.Status);
        Assert.NotNull(row.ProviderSid);
    }

    [Fact]
    public async Task The_same_text_sent_just_before_is_not_taken_for_the_lost_message()
    {
        // The first of two identical replies went out and was recorded; the second was lost in the crash.
        _twilio.AlreadySent(Priya, Body, "SMearlier0000000000000000000001");
        var id = await AbandonedMessageAsync(earlierSid: "SMearlier0000000000000000000001");

        var row = await SettledAsync(id);

        var sent = Assert.Single(_twilio.Requests);
        Assert.Equal((Priya, Body), (sent.To, sent.Body));
        Assert.NotEqual("SMearlier0000000000000000000001", row.ProviderSid);
    }

    [Fact]
    public async Task While_twilio_cannot_say_whether_it_went_out_nothing_is_sent()
    {
        _twilio.ListingFails();
        var id = await AbandonedMessageAsync();

        await Eventually.TrueAsync(() => Task.FromResult(_twilio.Lookups >= 1), "the bot to ask Twilio");
        var row = await _app.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == id));

        Assert.Equal(OutboundStatus.Dispatching, row.Status);
        Assert.Null(row.ProviderSid);
        Assert.Empty(_twilio.Requests);
    }

    [Fact]
    public async Task A_status_callback_with_the_outbox_id_records_a_message_whose_sid_was_lost()
    {
        _twilio.ListingFails();
        var id = await AbandonedMessageAsync();
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = "SMcallback000000000000000000000001",
            ["MessageStatus"] = "delivered",
            ["AccountSid"] = TestSettings.AccountSid,
            ["To"] = Priya,
        };

        var response = await TwilioWebhook.PostAsync(_client, $"{TwilioWebhooksApi.StatusPath}?outbound={id}", form);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var row = await _app.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(("SMcallback000000000000000000000001", OutboundStatus.Delivered), (row.ProviderSid, row.Status));
        Assert.Empty(_twilio.Requests);
    }

    /// <summary>A reply claimed a minute ago by a dispatcher that then died: lease run out, no SID.</summary>
    private async Task<long> AbandonedMessageAsync(string? earlierSid = null)
    {
        var message = new OutboundMessage
        {
            ToPhone = Priya,
            Channel = MessageChannel.Sms,
            Body = Body,
            Kind = OutboundKinds.Reply,
            Purpose = MessagePurpose.Reply,
            Status = OutboundStatus.Dispatching,
            Attempts = 1,
            CreatedAt = DateTime.UtcNow.AddMinutes(-1),
            DueAt = DateTime.UtcNow.AddMinutes(-1),
            LockedUntil = DateTime.UtcNow.AddSeconds(-1),
            Customer = new Customer { Phone = Priya, CreatedAt = DateTime.UtcNow.AddDays(-1), SmsSeenAt = DateTime.UtcNow.AddMinutes(-2) },
        };
        await _app.ExecuteAsync(d =>
        {
            d.OutboundMessages.Add(message);
            if (earlierSid is not null)
            {
                d.OutboundMessages.Add(new OutboundMessage
                {
                    ToPhone = Priya,
                    Channel = MessageChannel.Sms,
                    Body = Body,
                    Kind = OutboundKinds.Reply,
                    Purpose = MessagePurpose.Reply,
                    Status = OutboundStatus.Sent,
                    ProviderSid = earlierSid,
                    CreatedAt = message.CreatedAt.AddSeconds(-20),
                    DueAt = message.CreatedAt.AddSeconds(-20),
                    Customer = message.Customer,
                });
            }

            return Task.CompletedTask;
        });
        return message.Id;
    }

    private async Task<OutboundMessage> SettledAsync(long id) => (await Eventually.ValueAsync(
        () => _app.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == id)),
        m => m.Status != OutboundStatus.Dispatching,
        null,
        "the abandoned message to be settled"))!;

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _twilio.Dispose();
    }
}

public sealed class SqliteExactlyOnceTests() : ExactlyOnceTests(Db.Sqlite);

public sealed class PostgresExactlyOnceTests() : ExactlyOnceTests(Db.Postgres);
