using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Engagement;

/// <summary>
/// The app on a fake clock (Quartz and the sending policy both read it), with quiet hours, the daily cap and
/// pacing at their real defaults unless a test says otherwise. The clock starts on Monday 23 November 2026 at
/// 10:00:30 in Kolkata: just past a round time, so no job's schedule fires the moment the app starts (the
/// re-engagement job runs daily at 11:00).
/// </summary>
public abstract class EngagementTestBase(Db db) : IAsyncLifetime
{
    public const string Owner = TestSettings.OwnerPhone;
    public const string StaffPhone = "+919123409876";
    public const string Priya = "+919876543210";

    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 4, 30, 30, TimeSpan.Zero);

    private readonly List<(BotApp App, HttpClient Client)> _apps = [];

    protected Db Database => db;

    protected FakeTwilio Twilio { get; } = new();

    protected FakeTimeProvider Clock { get; } = new(MondayMorning);

    protected BotApp App => _apps[0].App;

    /// <summary>The first app's HTTP client, for webhooks a test posts itself.</summary>
    protected HttpClient Client => _apps[0].Client;

    protected ChatSession Chat { get; private set; } = null!;

    /// <summary>Settings for this test class; the policy's defaults are restored here.</summary>
    protected virtual Dictionary<string, string?> Settings => new()
    {
        ["Engagement:QuietHours:Start"] = "21:00",
        ["Engagement:QuietHours:End"] = "09:00",
        ["Engagement:MaxProactivePerDay"] = "2",
    };

    public virtual async Task InitializeAsync()
    {
        var app = await StartAppAsync(await BotApp.NewDatabaseAsync(db), Clock);
        Chat = new ChatSession(app, Twilio, _apps[0].Client);
        await app.ExecuteAsync(d =>
        {
            d.Staff.Add(new StaffMember { Phone = StaffPhone, Name = "Ramesh", AddedAt = MondayMorning.UtcDateTime });
            return Task.CompletedTask;
        });
    }

    /// <summary>Starts (another) instance of the app on a database, with its own fake clock.</summary>
    protected async Task<BotApp> StartAppAsync(string connectionString, FakeTimeProvider clock, Dictionary<string, string?>? extra = null)
    {
        var settings = Settings;
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var app = await BotApp.StartAsync(db, Twilio, settings, s => s.AddSingleton<TimeProvider>(clock), connectionString);
        _apps.Add((app, app.CreateClient()));
        return app;
    }

    public async Task DisposeAsync()
    {
        foreach (var (app, client) in _apps)
        {
            client.Dispose();
            await app.DisposeAsync();
        }

        Twilio.Dispose();
    }
}
