using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>One app per test on its own database, with WireMock as Twilio and a client for its endpoints.</summary>
public abstract class AppTestBase(Db db) : IAsyncLifetime
{
    protected Db Database => db;

    protected FakeTwilio Twilio { get; } = new();

    protected BotApp App { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected virtual IDictionary<string, string?>? Settings => null;

    public virtual async Task InitializeAsync()
    {
        App = await BotApp.StartAsync(db, Twilio, Settings);
        Client = App.CreateClient();
    }

    /// <summary>
    /// Waits until no message is waiting to be handled or sent, so a test can say what did not happen without
    /// guessing how long it would take.
    /// </summary>
    protected Task WaitUntilIdleAsync() => Eventually.TrueAsync(
        () => App.QueryAsync(async d =>
            !await d.InboundMessages.AnyAsync(m => m.Status == InboxStatus.Pending || m.Status == InboxStatus.Processing)
            && !await d.OutboundMessages.AnyAsync(m => m.Status == OutboundStatus.Pending || m.Status == OutboundStatus.Dispatching)),
        "the inbox and outbox to be empty");

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        Twilio.Dispose();
    }
}
