using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.IntegrationTests.Engagement;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Ai;

/// <summary>
/// Azure OpenAI configured but failing in every way it can: refused, a name that does not resolve, TLS that fails,
/// 4xx, 5xx, an answer that does not parse. Back-in-stock alerts and check-ins still go out, with their template,
/// and the reason is on the message; an outage opens the circuit, after which nothing waits on the model at all.
/// </summary>
public abstract class AiOutageTests(Db db) : IAsyncLifetime
{
    private const string StaffPhone = EngagementTestBase.StaffPhone;
    private const string Priya = EngagementTestBase.Priya;

    private readonly FakeTwilio _twilio = new();
    private readonly FakeAzureOpenAi _openAi = new();
    private readonly FakeTimeProvider _clock = new(EngagementTestBase.MondayMorning);
    private BotApp? _app;
    private HttpClient? _client;

    public Task InitializeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("refused", "unreachable")]
    [InlineData("dns", "dns_failed")]
    [InlineData("tls", "tls_failed")]
    [InlineData("400", "http_400")]
    [InlineData("500", "server_error")]
    [InlineData("malformed", "malformed_answer")]
    public async Task Alerts_and_check_ins_go_out_with_their_template_and_the_reason(string failure, string reason)
    {
        var chat = await StartAsync(failure);

        await chat.AskAsync(Priya, "jab red saree aaye to batana", MessageChannel.Sms);
        await chat.AskAsync(StaffPhone, "arrived red saree x 5", MessageChannel.Sms);
        var alert = await SentAsync(StockAlertsKind);
        await chat.AskAsync(StaffPhone, "Sold blue kurta to 9876543210 for Rs 1,299", MessageChannel.Sms);
        _clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await Jobs.RunAsync(_app!, EngagementJobs.SendCheckIns);
        var checkIn = await SentAsync("checkin");

        Assert.Equal(("template", reason), (alert.ComposedBy, alert.CompositionNote));
        Assert.Contains("The Red Saree you asked us about is back in stock", alert.Body, StringComparison.Ordinal);
        Assert.Equal("template", checkIn.ComposedBy);
        Assert.NotNull(checkIn.CompositionNote);
        Assert.Contains(_twilio.Sent, s => s.To == Priya && s.Body.Contains("How are you finding it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_outage_opens_the_circuit_so_later_messages_do_not_wait_on_the_model()
    {
        var chat = await StartAsync("500");
        string[] shoppers = ["+919876500001", "+919876500002", "+919876500003", "+919876500004"];
        foreach (var shopper in shoppers)
        {
            await chat.AskAsync(shopper, "notify me when the red saree is back", MessageChannel.Sms);
        }

        await chat.AskAsync(StaffPhone, "arrived red saree x 5", MessageChannel.Sms);
        var alerts = await Eventually.ValueAsync(
            () => _app!.QueryAsync(d => d.OutboundMessages.AsNoTracking().Where(m => m.Kind == StockAlertsKind && m.SentAt != null).ToListAsync()),
            sent => sent.Count == shoppers.Length, null, "every alert to be sent");

        // The model is asked two messages at a time: their calls and a retry fail, the circuit opens (three
        // failures), and the other alerts go out with the template without calling it.
        Assert.InRange(_openAi.Requests.Count, 1, 4);
        Assert.All(alerts, a => Assert.Equal("template", a.ComposedBy));
        Assert.Contains(alerts, a => a.CompositionNote == "circuit_open");
    }

    private const string StockAlertsKind = "stock_alert";

    private async Task<ChatSession> StartAsync(string failure)
    {
        var settings = _openAi.Settings();
        settings["AzureOpenAI:Endpoint"] = failure switch
        {
            "refused" => $"http://127.0.0.1:{ClosedPort()}",
            "dns" => "https://retailcrm-no-such-host.invalid",
            "tls" => _openAi.Url.Replace("http://", "https://", StringComparison.Ordinal),
            _ => _openAi.Url,
        };
        switch (failure)
        {
            case "400" or "500":
                _openAi.Fails(int.Parse(failure, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case "malformed":
                _openAi.AnswersWithGarbage();
                break;
        }

        _app = await BotApp.StartAsync(db, _twilio, settings, s => s.AddSingleton<TimeProvider>(_clock));
        _client = _app.CreateClient();
        await _app.ExecuteAsync(d =>
        {
            d.Staff.Add(new StaffMember { Phone = StaffPhone, Name = "Ramesh", AddedAt = _clock.GetUtcNow().UtcDateTime });
            return Task.CompletedTask;
        });
        return new ChatSession(_app, _twilio, _client);
    }

    private async Task<OutboundMessage> SentAsync(string kind) => (await Eventually.ValueAsync(
        () => _app!.QueryAsync(d => d.OutboundMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Kind == kind && m.SentAt != null)),
        m => m is not null, null, $"the {kind} to be sent"))!;

    /// <summary>A port nothing listens on: bound, then closed again.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _twilio.Dispose();
        _openAi.Dispose();
    }
}

public sealed class SqliteAiOutageTests() : AiOutageTests(Db.Sqlite);

public sealed class PostgresAiOutageTests() : AiOutageTests(Db.Postgres);

/// <summary>One message that cannot be prepared never holds up the others, nor stays claimed.</summary>
public abstract class OutboxIsolationTests(Db db) : AiTestBase(db)
{
    [Fact]
    public async Task A_message_that_fails_before_sending_is_put_back_and_the_next_one_goes()
    {
        var broken = NewAlert("+919876500011", "{not json");
        var fine = NewAlert("+919876500012", """{"name":"Arjun","item":"Red Saree","store":"Kapoor Fashions"}""");
        await App.ExecuteAsync(d =>
        {
            d.OutboundMessages.AddRange(broken, fine);
            return Task.CompletedTask;
        });

        await Twilio.WaitForSentAsync(1);
        var row = await Eventually.ValueAsync(
            () => App.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == broken.Id)),
            m => m.Status == Core.Messaging.Outbox.OutboundStatus.Pending && m.Attempts == 1, null, "the broken message to be put back");

        Assert.Equal("whatsapp:+919876500012", Assert.Single(Twilio.Sent).To);
        Assert.True(row.DueAt > DateTime.UtcNow, "it is tried again later, not at once");
    }

    private static Core.Messaging.Outbox.OutboundMessage NewAlert(string phone, string values) => new()
    {
        ToPhone = phone,
        Channel = Core.Messaging.MessageChannel.WhatsApp,
        Body = "Good news! The Red Saree you asked us about is back in stock at Kapoor Fashions.",
        Kind = "stock_alert",
        Purpose = Core.Messaging.Outbox.MessagePurpose.Transactional,
        TemplateValues = values,
        CreatedAt = DateTime.UtcNow,
        DueAt = DateTime.UtcNow.AddSeconds(-5),
        Customer = new Core.Customers.Customer { Phone = phone, CreatedAt = DateTime.UtcNow, WhatsAppWindowOpenedAt = DateTime.UtcNow },
    };
}

public sealed class SqliteOutboxIsolationTests() : OutboxIsolationTests(Db.Sqlite);

public sealed class PostgresOutboxIsolationTests() : OutboxIsolationTests(Db.Postgres);
