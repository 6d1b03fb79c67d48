using System.Net;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Channels.Twilio;

/// <summary>Fields longer than their columns are kept cut, and cut whole: half an emoji is a 500 on PostgreSQL.</summary>
public abstract class LongFieldsTests(Db db) : AppTestBase(db)
{
    [Fact]
    public async Task Fields_longer_than_their_columns_are_cut_without_splitting_an_emoji()
    {
        // 119 letters and an emoji: cut at 120 characters, the emoji's second half would be left out.
        var form = TwilioWebhook.WhatsApp("+919876543210", "hi", profileName: new string('a', 119) + "😀");
        form["To"] = new string('b', 63) + "😀";

        var response = await TwilioWebhook.PostAsync(Client, TwilioWebhooksApi.MessagesPath, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Twilio.WaitForSentAsync(1);
        var stored = await App.QueryAsync(d => d.InboundMessages.AsNoTracking().SingleAsync());
        Assert.Equal(new string('a', 119), stored.ProfileName);
        Assert.Equal(new string('b', 63), stored.To);
    }

    [Fact]
    public async Task A_long_address_that_is_not_a_phone_is_recorded_cut_whole()
    {
        var form = TwilioWebhook.Sms("+919876543210", "hi");
        form["From"] = "messenger:123456789😀";

        var response = await TwilioWebhook.PostAsync(Client, TwilioWebhooksApi.MessagesPath, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await App.QueryAsync(d => d.InboundMessages.AsNoTracking().SingleAsync());
        Assert.Equal("messenger:123456789", stored.FromPhone);
    }
}

public sealed class SqliteLongFieldsTests() : LongFieldsTests(Db.Sqlite);

public sealed class PostgresLongFieldsTests() : LongFieldsTests(Db.Postgres);
