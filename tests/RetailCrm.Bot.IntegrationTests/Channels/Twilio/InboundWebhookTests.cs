using System.Net;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Channels.Twilio;

/// <summary>A message in through Twilio's webhook, a reply out through Twilio's REST API (WireMock).</summary>
public abstract class InboundWebhookTests(Db db) : AppTestBase(db)
{
    private const string Path = TwilioWebhooksApi.MessagesPath;
    private const string Shopper = "+919876543210";

    [Fact]
    public async Task A_signed_whatsapp_message_gets_a_reply_on_whatsapp_with_twilio_basic_auth()
    {
        var response = await TwilioWebhook.PostAsync(Client, Path, TwilioWebhook.WhatsApp(Shopper, "Hi", profileName: "Priya"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<Response></Response>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reply = Assert.Single(await Twilio.WaitForSentAsync(1));
        Assert.Equal(TestSettings.BasicAuth, reply.Authorization);
        Assert.Equal("whatsapp:" + Shopper, reply.To);
        Assert.Equal(TestSettings.WhatsAppFrom, reply.From);
        Assert.Contains("Priya", reply.Body, StringComparison.Ordinal);
        Assert.Contains(TestSettings.StoreName, reply.Body, StringComparison.Ordinal);
        // The outbound row's id rides in the callback, so a send whose result was lost in a crash can be found.
        var replyId = await App.QueryAsync(d => d.OutboundMessages.Where(m => m.Purpose == MessagePurpose.Reply).Select(m => m.Id).SingleAsync());
        Assert.Equal($"{TestSettings.PublicBaseUrl}{TwilioWebhooksApi.StatusPath}?outbound={replyId}", reply.Form["StatusCallback"]);
    }

    [Fact]
    public async Task A_signed_sms_gets_a_reply_by_sms_from_the_sms_number()
    {
        await TwilioWebhook.PostAsync(Client, Path, TwilioWebhook.Sms("+91 98765 43210", "hello"));

        var reply = Assert.Single(await Twilio.WaitForSentAsync(1));
        Assert.Equal(Shopper, reply.To);
        Assert.Equal(TestSettings.SmsFrom, reply.From);
        Assert.Equal(TestSettings.BasicAuth, reply.Authorization);
        Assert.False(string.IsNullOrWhiteSpace(reply.Body));
    }

    [Fact]
    public async Task The_outbox_row_records_the_twilio_sid_and_status()
    {
        await TwilioWebhook.PostAsync(Client, Path, TwilioWebhook.Sms(Shopper, "hi"));
        await Twilio.WaitForSentAsync(1);

        var row = await Eventually.ValueAsync(
            () => App.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleAsync()),
            m => m.ProviderSid is not null,
            null,
            "the outbox row to record the SID");
        Assert.StartsWith("SM", row.ProviderSid, StringComparison.Ordinal);
        Assert.Equal(OutboundStatus.Queued, row.Status);
        Assert.Equal(TestSettings.SmsFrom, row.FromAddress);
        Assert.NotNull(row.CustomerId);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("0/KCTR6DLpKmkAf8muzZqo1nDgQ=")]
    public async Task A_forged_signature_gets_403_and_nothing_is_stored_or_sent(string signature)
    {
        var response = await TwilioWebhook.PostAsync(Client, Path, TwilioWebhook.WhatsApp(Shopper, "hi"), signature);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await App.CountAsync<InboundMessage>());
        Assert.Equal(0, await App.CountAsync<Customer>());
        Assert.Empty(Twilio.Requests);
    }

    [Fact]
    public async Task A_missing_signature_gets_403()
    {
        var response = await TwilioWebhook.PostAsync(Client, Path, TwilioWebhook.WhatsApp(Shopper, "hi"), sign: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await App.CountAsync<InboundMessage>());
    }

    [Fact]
    public async Task A_signature_for_another_url_is_refused()
    {
        var form = TwilioWebhook.WhatsApp(Shopper, "hi");
        var signedForStatus = TwilioWebhook.Sign(TwilioWebhooksApi.StatusPath, form);

        var response = await TwilioWebhook.PostAsync(Client, Path, form, signedForStatus);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_same_message_sid_posted_three_times_at_once_is_stored_once_and_answered_once()
    {
        var form = TwilioWebhook.WhatsApp(Shopper, "hello");

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => TwilioWebhook.PostAsync(Client, Path, form)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Twilio.WaitForSentAsync(1);
        await WaitUntilIdleAsync();
        Assert.Equal(1, await App.CountAsync<InboundMessage>());
        Assert.Equal(1, await App.CountAsync<OutboundMessage>());
        Assert.Single(Twilio.Sent);
    }

    [Fact]
    public async Task Twilio_answering_429_then_201_gives_exactly_one_sent_message()
    {
        Twilio.RateLimitOnce();

        await TwilioWebhook.PostAsync(Client, Path, TwilioWebhook.Sms(Shopper, "hi"));

        await Twilio.WaitForSentAsync(1);
        await WaitUntilIdleAsync();
        Assert.Equal([429, 201], Twilio.Requests.Select(r => r.Status));
        var row = await App.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleAsync());
        Assert.Equal(OutboundStatus.Queued, row.Status);
        Assert.NotNull(row.ProviderSid);
    }

    [Fact]
    public async Task An_invalid_number_error_is_final_and_not_retried()
    {
        Twilio.RefuseWith(400, 21211, "The 'To' number is not a valid phone number.");

        await TwilioWebhook.PostAsync(Client, Path, TwilioWebhook.Sms(Shopper, "hi"));

        var row = await Eventually.ValueAsync(
            () => App.QueryAsync(d => d.OutboundMessages.AsNoTracking().SingleOrDefaultAsync()),
            m => m?.Status == OutboundStatus.Failed,
            null,
            "the reply to be marked failed");
        Assert.Equal(21211, row!.ErrorCode);
        await WaitUntilIdleAsync(); // a retry would be a pending row; there is none
        Assert.Single(Twilio.Requests);
    }

    [Fact]
    public async Task Error_21610_marks_the_customer_opted_out()
    {
        Twilio.RefuseWith(400, 21610, "Attempt to send to unsubscribed recipient");

        await TwilioWebhook.PostAsync(Client, Path, TwilioWebhook.Sms(Shopper, "hi"));

        var customer = await Eventually.ValueAsync(
            () => App.QueryAsync(d => d.Customers.AsNoTracking().SingleOrDefaultAsync()),
            c => c?.OptedOutAt is not null,
            null,
            "the customer to be opted out");
        var consent = await App.QueryAsync(d => d.ConsentEvents.AsNoTracking().SingleAsync());
        Assert.Equal(customer!.Id, consent.CustomerId);
        Assert.Equal(Core.Messaging.Consent.ConsentChange.OptOut, consent.Change);
        Assert.Equal(Core.Messaging.Consent.ConsentSource.ProviderError, consent.Source);
        Assert.Single(Twilio.Requests);
    }

    [Fact]
    public async Task Every_spelling_of_a_number_and_both_channels_are_one_customer()
    {
        await TwilioWebhook.PostAsync(Client, Path, TwilioWebhook.WhatsApp(Shopper, "hi", profileName: "Priya S"));
        await Twilio.WaitForSentAsync(1);
        await TwilioWebhook.PostAsync(Client, Path, TwilioWebhook.Sms("09876543210", "hello"));
        await Twilio.WaitForSentAsync(2);

        var customer = await App.QueryAsync(d => d.Customers.AsNoTracking().SingleAsync());
        Assert.Equal(Shopper, customer.Phone);
        Assert.Equal("Priya S", customer.WhatsAppProfileName);
        Assert.Equal(MessageChannel.Sms, customer.LastChannel);
        Assert.NotNull(customer.WhatsAppWindowOpenedAt);
    }

    [Fact]
    public async Task Owners_staff_and_shoppers_each_get_their_own_help()
    {
        await App.ExecuteAsync(d =>
        {
            d.Staff.Add(new Core.Staff.StaffMember { Phone = "+919123409876", Name = "Ramesh", AddedAt = DateTime.UtcNow });
            return Task.CompletedTask;
        });

        await TwilioWebhook.PostAsync(Client, Path, TwilioWebhook.Sms(TestSettings.OwnerPhone, "help"));
        await Twilio.WaitForSentAsync(1);
        await TwilioWebhook.PostAsync(Client, Path, TwilioWebhook.Sms("+919123409876", "help"));
        await Twilio.WaitForSentAsync(2);
        await TwilioWebhook.PostAsync(Client, Path, TwilioWebhook.Sms(Shopper, "help"));
        var sent = await Twilio.WaitForSentAsync(3);

        Assert.Contains("owner", sent.Single(s => s.To == TestSettings.OwnerPhone).Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("staff", sent.Single(s => s.To == "+919123409876").Body, StringComparison.OrdinalIgnoreCase);
        var shopperHelp = sent.Single(s => s.To == Shopper).Body;
        Assert.Contains(TestSettings.StoreName, shopperHelp, StringComparison.Ordinal);
        Assert.Contains("STOP", shopperHelp, StringComparison.Ordinal);
        Assert.Equal(0, await App.QueryAsync(d => d.Customers.CountAsync(c => c.Phone != Shopper)));
    }
}

public sealed class SqliteInboundWebhookTests() : InboundWebhookTests(Db.Sqlite);

public sealed class PostgresInboundWebhookTests() : InboundWebhookTests(Db.Postgres);
