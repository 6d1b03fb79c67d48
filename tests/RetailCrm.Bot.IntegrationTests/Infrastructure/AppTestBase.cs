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

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        Twilio.Dispose();
    }
}
