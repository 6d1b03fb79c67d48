using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Ai;

/// <summary>The app with WireMock as Twilio and as the Azure OpenAI deployment.</summary>
public abstract class AiTestBase(Db db) : IAsyncLifetime
{
    public const string Owner = TestSettings.OwnerPhone;
    public const string StaffPhone = "+919123409876";
    public const string Priya = "+919876543210";

    private HttpClient _client = null!;

    protected FakeTwilio Twilio { get; } = new();

    protected FakeAzureOpenAi OpenAi { get; } = new();

    protected BotApp App { get; private set; } = null!;

    protected ChatSession Chat { get; private set; } = null!;

    protected virtual Dictionary<string, string?> Settings => OpenAi.Settings();

    public async Task InitializeAsync()
    {
        App = await BotApp.StartAsync(db, Twilio, Settings);
        _client = App.CreateClient();
        Chat = new ChatSession(App, Twilio, _client);
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
        Twilio.Dispose();
        OpenAi.Dispose();
    }

    /// <summary>Priya asks (in Hinglish, on WhatsApp) to be told about the red saree; staff log its arrival.</summary>
    protected async Task<Core.Messaging.Outbox.OutboundMessage> AlertPriyaAsync(Core.Messaging.MessageChannel channel = Core.Messaging.MessageChannel.WhatsApp)
    {
        await Chat.AskAsync(Priya, "jab red saree aaye to batana", channel, "Priya");
        await Chat.AskAsync(StaffPhone, "arrived red saree x 5", Core.Messaging.MessageChannel.Sms);
        return (await Eventually.ValueAsync(
            () => App.QueryAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
                d.OutboundMessages, m => m.Kind == "stock_alert" && m.SentAt != null)),
            m => m is not null, null, "the alert to be sent"))!;
    }
}
