using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Messaging;

/// <summary>STOP is honoured at once and written down; START undoes it; Twilio's own opt-out handling is respected.</summary>
public abstract class ConsentTests(Db db) : AppTestBase(db)
{
    private const string Shopper = "+919876543210";

    [Theory]
    [InlineData("STOP")]
    [InlineData("unsubscribe")]
    [InlineData("Quit")]
    public async Task An_opt_out_keyword_records_a_consent_event_and_confirms(string keyword)
    {
        await Post(TwilioWebhook.WhatsApp(Shopper, keyword));

        var confirmation = Assert.Single(await Twilio.WaitForSentAsync(1));
        Assert.Contains("unsubscribed", confirmation.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("START", confirmation.Body, StringComparison.Ordinal);
        var customer = await App.QueryAsync(d => d.Customers.AsNoTracking().SingleAsync());
        Assert.NotNull(customer.OptedOutAt);
        var consent = await App.QueryAsync(d => d.ConsentEvents.AsNoTracking().SingleAsync());
        Assert.Equal(ConsentChange.OptOut, consent.Change);
        Assert.Equal(ConsentSource.Keyword, consent.Source);
        Assert.Equal(MessageChannel.WhatsApp, consent.Channel);
        Assert.Equal(keyword.ToUpperInvariant(), consent.Keyword);
        Assert.Equal(customer.Id, consent.CustomerId);
    }

    [Fact]
    public async Task Start_after_stop_opts_back_in_with_its_own_event()
    {
        await Post(TwilioWebhook.Sms(Shopper, "STOP"));
        await Twilio.WaitForSentAsync(1);
        await Post(TwilioWebhook.Sms(Shopper, "START"));
        var sent = await Twilio.WaitForSentAsync(2);

        Assert.Contains("Welcome back", sent[1].Body, StringComparison.Ordinal);
        var customer = await App.QueryAsync(d => d.Customers.AsNoTracking().SingleAsync());
        Assert.Null(customer.OptedOutAt);
        var changes = await App.QueryAsync(d => d.ConsentEvents.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Change).ToListAsync());
        Assert.Equal([ConsentChange.OptOut, ConsentChange.OptIn], changes);
    }

    [Fact]
    public async Task When_twilio_already_answered_stop_the_change_is_recorded_without_a_second_reply()
    {
        var form = TwilioWebhook.Sms(Shopper, "Stop");
        form["OptOutType"] = "STOP";

        await Post(form);

        var consent = await Eventually.ValueAsync(
            () => App.QueryAsync(d => d.ConsentEvents.AsNoTracking().SingleOrDefaultAsync()),
            e => e is not null,
            null,
            "the consent event");
        Assert.Equal(ConsentSource.ProviderOptOutHandling, consent!.Source);
        Assert.NotNull((await App.QueryAsync(d => d.Customers.AsNoTracking().SingleAsync())).OptedOutAt);
        await WaitUntilIdleAsync();
        Assert.Empty(Twilio.Requests);
    }

    [Fact]
    public async Task Help_answers_with_the_store_name_and_how_to_opt_out()
    {
        await Post(TwilioWebhook.Sms(Shopper, "HELP"));

        var help = Assert.Single(await Twilio.WaitForSentAsync(1));
        Assert.Contains(TestSettings.StoreName, help.Body, StringComparison.Ordinal);
        Assert.Contains("STOP", help.Body, StringComparison.Ordinal);
        Assert.Equal(0, await App.CountAsync<ConsentEvent>());
    }

    private Task<HttpResponseMessage> Post(Dictionary<string, string> form) =>
        TwilioWebhook.PostAsync(Client, TwilioWebhooksApi.MessagesPath, form);
}

public sealed class SqliteConsentTests() : ConsentTests(Db.Sqlite);

public sealed class PostgresConsentTests() : ConsentTests(Db.Postgres);
