using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.StockAlerts;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Conversations;

/// <summary>
/// The story the product exists for: a shopper asks for a red saree that is out of stock and asks to be told;
/// staff send the stock arrival; the shopper gets the alert on the channel they used; the owner's summary counts it.
/// </summary>
public abstract class RedSareeStoryTests(Db db) : ConversationTestBase(db)
{
    [Fact]
    public async Task Out_of_stock_alert_arrival_and_summary()
    {
        Assert.Contains("Red Saree", await Chat.AskAsync(Priya, "Hi, do you have a red saree?", MessageChannel.WhatsApp, "Priya"), StringComparison.Ordinal);
        Assert.Contains("I'll message you here as soon as Red Saree is back", await Chat.AskAsync(Priya, "please tell me when it's back"), StringComparison.Ordinal);
        Assert.Contains("Stock alerts: 1 waiting, 0 sent", await Chat.AskAsync(Owner, "summary"), StringComparison.Ordinal);

        var arrival = await Chat.AskAsync(StaffPhone, "arrived red saree x 5", MessageChannel.Sms);

        Assert.Contains("Stock updated: Red Saree +5 (now 5). 1 customer who was waiting for it has been alerted.", arrival, StringComparison.Ordinal);
        await Chat.WaitUntilSentAsync();
        var alert = Assert.Single(Chat.SentTo(Priya), s => s.Body.StartsWith("Good news", StringComparison.Ordinal));
        Assert.Equal("whatsapp:" + Priya, alert.To);
        Assert.Equal(TestSettings.WhatsAppFrom, alert.From);
        Assert.Contains("Good news, Priya! The Red Saree you asked us about is back in stock at Kapoor Fashions", alert.Body, StringComparison.Ordinal);
        Assert.Equal(StockAlertStatus.Notified, await App.QueryAsync(d => d.StockAlerts.Select(a => a.Status).SingleAsync()));

        var summary = await Chat.AskAsync(Owner, "summary");
        Assert.Contains("Stock alerts: 0 waiting, 1 sent", summary, StringComparison.Ordinal);
        Assert.Contains("Inquiries: 1 logged", summary, StringComparison.Ordinal);

        // A second delivery of the same saree alerts nobody twice.
        Assert.DoesNotContain("alerted", await Chat.AskAsync(StaffPhone, "arrived red saree x 2", MessageChannel.Sms), StringComparison.Ordinal);
        await Chat.WaitUntilSentAsync();
        Assert.Single(Chat.SentTo(Priya), s => s.Body.StartsWith("Good news", StringComparison.Ordinal));
    }
}

public sealed class SqliteRedSareeStoryTests() : RedSareeStoryTests(Db.Sqlite);

public sealed class PostgresRedSareeStoryTests() : RedSareeStoryTests(Db.Postgres);
