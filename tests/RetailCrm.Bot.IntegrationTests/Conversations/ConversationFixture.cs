using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Conversations;

/// <summary>A running app with one owner (from configuration), one staff member and WireMock as Twilio.</summary>
public abstract class ConversationTestBase(Db db) : IAsyncLifetime
{
    public const string Owner = TestSettings.OwnerPhone;
    public const string StaffPhone = "+919123409876";
    public const string Priya = "+919876543210";
    public const string Arjun = "+919812345678";

    private readonly FakeTwilio _twilio = new();
    private HttpClient _client = null!;

    protected BotApp App { get; private set; } = null!;

    protected ChatSession Chat { get; private set; } = null!;

    protected virtual IDictionary<string, string?>? Settings => null;

    /// <summary>Test-only changes to the app's services (a counter, a fake), applied after the app's own.</summary>
    protected virtual Action<IServiceCollection>? Services => null;

    public async Task InitializeAsync()
    {
        App = await BotApp.StartAsync(db, _twilio, Settings, Services);
        _client = App.CreateClient();
        Chat = new ChatSession(App, _twilio, _client);
        await App.ExecuteAsync(d =>
        {
            d.Staff.Add(new StaffMember { Phone = StaffPhone, Name = "Ramesh", AddedAt = DateTime.UtcNow });
            return Task.CompletedTask;
        });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await App.DisposeAsync();
        _twilio.Dispose();
    }
}
