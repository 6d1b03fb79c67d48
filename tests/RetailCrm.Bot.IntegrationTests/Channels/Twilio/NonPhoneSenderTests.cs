using System.Net;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Channels.Twilio;

/// <summary>
/// Only phone senders are customers. Twilio also delivers messages from addresses that are not phone numbers
/// (Messenger, RCS, alphanumeric senders); they are acknowledged and recorded, and never answered or taken for the
/// customer whose digits they happen to contain.
/// </summary>
public abstract class NonPhoneSenderTests(Db db) : AppTestBase(db)
{
    private const string Path = TwilioWebhooksApi.MessagesPath;
    private const string Priya = "+919876543210";
    private const string Arjun = "+919812345678";

    private ChatSession Chat => new(App, Twilio, Client);

    [Theory]
    [InlineData("messenger:9876543210", "what did I buy")]
    [InlineData("rcs:+919876543210", "what did I buy")]
    [InlineData("whatsapp:+91 98765 4321O", "hi")]
    [InlineData("+91 98765 4321O", "hi")]
    [InlineData("priya@example.com", "hi")]
    [InlineData("KAPOOR", "hi")]
    [InlineData("not-a-number", "hi")]
    [InlineData("whatsapp:+12", "hi")]
    [InlineData("+", "hi")]
    public async Task A_sender_that_is_not_a_phone_is_acknowledged_and_recorded_but_never_answered(string from, string text)
    {
        await Chat.AskAsync(TestSettings.OwnerPhone, "sale 9876543210 2499 red saree");
        var customers = await App.CountAsync<Customer>();
        var sent = Twilio.Sent.Count;
        var form = TwilioWebhook.Sms(Priya, text);
        form["From"] = from;

        var response = await TwilioWebhook.PostAsync(Client, Path, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<Response></Response>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Arjun writes after it and is answered: by then the inbox would have taken the earlier message too.
        await Chat.AskAsync(Arjun, "hi");
        var row = await App.QueryAsync(d => d.InboundMessages.AsNoTracking().SingleAsync(m => m.MessageSid == form["MessageSid"]));
        Assert.Equal(InboxStatus.NotFromAPhone, row.Status);
        Assert.Equal(text, row.Body);
        Assert.False(await App.QueryAsync(d => d.OutboundMessages.AnyAsync(m => m.InboundMessageId == row.Id)));
        Assert.Equal(customers + 1, await App.CountAsync<Customer>());
        Assert.All(Twilio.Sent.Skip(sent), s => Assert.Equal("whatsapp:" + Arjun, s.To));
    }

    [Fact]
    public async Task Stop_from_another_kind_of_address_does_not_opt_out_the_customer_with_those_digits()
    {
        await Chat.AskAsync(Priya, "hi");
        var form = TwilioWebhook.Sms(Priya, "STOP");
        form["From"] = "rcs:+919876543210";

        Assert.Equal(HttpStatusCode.OK, (await TwilioWebhook.PostAsync(Client, Path, form)).StatusCode);

        await Chat.AskAsync(Arjun, "hi");
        var priya = await App.QueryAsync(d => d.Customers.AsNoTracking().SingleAsync(c => c.Phone == Priya));
        Assert.Null(priya.OptedOutAt);
        Assert.Equal(0, await App.QueryAsync(d => d.ConsentEvents.CountAsync()));
        Assert.Contains("STOP", await Chat.AskAsync(Priya, "help"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twilio_retrying_a_message_from_a_non_phone_address_records_it_once()
    {
        var form = TwilioWebhook.Sms(Priya, "hello");
        form["From"] = "messenger:9876543210";

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => TwilioWebhook.PostAsync(Client, Path, form)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, await App.QueryAsync(d => d.InboundMessages.CountAsync(m => m.MessageSid == form["MessageSid"])));
    }
}

public sealed class SqliteNonPhoneSenderTests() : NonPhoneSenderTests(Db.Sqlite);

public sealed class PostgresNonPhoneSenderTests() : NonPhoneSenderTests(Db.Postgres);
