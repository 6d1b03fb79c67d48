using System.Net;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Channels.Twilio;

/// <summary>
/// One number flooding the webhook is answered up to its limit; everyone else is answered as usual. Every message is
/// acknowledged with 200 and stored once, so Twilio neither retries nor loses it; STOP is honoured over the limit.
/// </summary>
public abstract class SenderRateLimitTests(Db db) : AppTestBase(db)
{
    private const string Path = TwilioWebhooksApi.MessagesPath;
    private const string Flooder = "+919811111111";
    private const string Priya = "+919876543210";
    private const int Burst = 3;

    // A burst of three, then one a minute: nothing refills within a test.
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Twilio:InboundBurstPerSender"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Twilio:InboundPerMinutePerSender"] = "1",
    };

    private ChatSession Chat => new(App, Twilio, Client);

    [Fact]
    public async Task A_flooding_number_is_answered_up_to_its_limit_and_other_senders_as_usual()
    {
        var flood = Enumerable.Range(1, 12).Select(i => TwilioWebhook.Sms(Flooder, $"flood message {i}")).ToList();

        var responses = await Task.WhenAll(flood.Select(form => TwilioWebhook.PostAsync(Client, Path, form)));
        var priyasReply = await Chat.AskAsync(Priya, "hi");

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Contains(TestSettings.StoreName, priyasReply, StringComparison.Ordinal);
        var rows = await App.QueryAsync(d => d.InboundMessages.AsNoTracking().Where(m => m.FromPhone == Flooder).ToListAsync());
        Assert.Equal(flood.Count, rows.Count);
        Assert.Equal(Burst, rows.Count(m => m.Status != InboxStatus.Throttled));
        await Eventually.TrueAsync(
            () => App.QueryAsync(d => d.InboundMessages.AllAsync(m => m.Status != InboxStatus.Pending && m.Status != InboxStatus.Processing)),
            "the flood's answerable messages to be handled");
        await Chat.WaitUntilSentAsync();
        var answered = await App.QueryAsync(d => d.OutboundMessages.AsNoTracking()
            .Where(m => m.ToPhone == Flooder).Select(m => m.InboundMessageId).Distinct().ToListAsync());
        Assert.Equal(rows.Where(m => m.Status != InboxStatus.Throttled).Select(m => (long?)m.Id).Order(), answered.Order());
        Assert.Equal(await App.QueryAsync(d => d.OutboundMessages.CountAsync(m => m.ToPhone == Flooder)), Chat.SentTo(Flooder).Count);
    }

    [Fact]
    public async Task The_stores_owners_and_staff_are_never_throttled()
    {
        const string Ravi = "+919812345678";
        Assert.Contains("Added Ravi", await Chat.AskAsync(TestSettings.OwnerPhone, "add Ravi 98123 45678 as staff"), StringComparison.Ordinal);

        // Closing time: more sales and questions in a row than any shopper's burst.
        for (var i = 1; i <= Burst + 3; i++)
        {
            Assert.Contains("Sale logged", await Chat.AskAsync(Ravi, $"Sold blue kurta to 987654321{i % 10} for Rs {1000 + i}"), StringComparison.Ordinal);
            Assert.Contains("Today at", await Chat.AskAsync(TestSettings.OwnerPhone, "summary"), StringComparison.Ordinal);
        }

        Assert.False(await App.QueryAsync(d => d.InboundMessages.AnyAsync(m => m.Status == InboxStatus.Throttled)));
    }

    [Fact]
    public async Task Stop_over_the_limit_is_still_honoured()
    {
        for (var i = 0; i < Burst; i++)
        {
            await Chat.SendAsync(Priya, $"hi {i}", MessageChannel.Sms);
        }

        var reply = await Chat.AskAsync(Priya, "STOP", MessageChannel.Sms);

        Assert.Contains("unsubscribed", reply, StringComparison.OrdinalIgnoreCase);
        var priya = await App.QueryAsync(d => d.Customers.AsNoTracking().SingleAsync(c => c.Phone == Priya));
        Assert.NotNull(priya.OptedOutAt);
    }

    [Fact]
    public async Task Twilio_retrying_a_message_over_the_limit_neither_doubles_it_nor_gets_it_answered()
    {
        for (var i = 0; i < Burst; i++)
        {
            await Chat.SendAsync(Priya, $"hi {i}", MessageChannel.Sms);
        }

        var over = TwilioWebhook.Sms(Priya, "one more");
        var first = await TwilioWebhook.PostAsync(Client, Path, over);
        var retry = await TwilioWebhook.PostAsync(Client, Path, over);
        await Chat.AskAsync("+919812345678", "hi");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var row = await App.QueryAsync(d => d.InboundMessages.AsNoTracking().SingleAsync(m => m.MessageSid == over["MessageSid"]));
        Assert.Equal(InboxStatus.Throttled, row.Status);
        Assert.Equal("one more", row.Body);
        Assert.False(await App.QueryAsync(d => d.OutboundMessages.AnyAsync(m => m.InboundMessageId == row.Id)));
    }
}

public sealed class SqliteSenderRateLimitTests() : SenderRateLimitTests(Db.Sqlite);

public sealed class PostgresSenderRateLimitTests() : SenderRateLimitTests(Db.Postgres);
