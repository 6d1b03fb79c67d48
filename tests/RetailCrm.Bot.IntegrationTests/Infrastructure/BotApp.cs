using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Persistence;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

public enum Db
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The real app (Program) on a real database, with WireMock as Twilio when one is given and the sandbox
/// channel otherwise. Every test starts its own, on its own database.
/// </summary>
public sealed class BotApp : WebApplicationFactory<Program>
{
    // One folder for every SQLite database this test run makes, removed when the run ends.
    private static readonly Lazy<string> SqliteFolder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("retailcrm-test-").FullName;
        AfterThisProcess.Run($"rm -rf '{folder}'");
        return folder;
    });

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    private BotApp(Db db, string connectionString, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        Db = db;
        ConnectionString = connectionString;
        _settings = settings;
        _services = services;
    }

    public Db Db { get; }

    public string ConnectionString { get; }

    /// <summary>A fresh database of the given kind, ready for <see cref="StartAsync"/>.</summary>
    public static async Task<string> NewDatabaseAsync(Db db)
    {
        if (db == Db.Postgres)
        {
            return await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        }

        var file = Path.Combine(SqliteFolder.Value, Guid.NewGuid().ToString("N") + ".db");
        return $"Data Source={file}";
    }

    /// <summary>Starts the app and waits until it serves (migrations applied, workers running).</summary>
    public static async Task<BotApp> StartAsync(
        Db db,
        FakeTwilio? twilio = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        string? connectionString = null)
    {
        connectionString ??= await NewDatabaseAsync(db);
        var all = new Dictionary<string, string?>
        {
            ["Database:Provider"] = db == Db.Postgres ? "PostgreSQL" : "Sqlite",
            ["Database:MigrateOnStart"] = "true",
            ["ConnectionStrings:Crm"] = connectionString,
            ["Store:Name"] = TestSettings.StoreName,
            ["Store:OwnerPhones:0"] = TestSettings.OwnerPhone,
            ["Store:DefaultRegion"] = "IN",
            ["Store:TimeZone"] = "Asia/Kolkata",
            // Tests not about the sending policy must not depend on the time of day they run at, nor on the
            // cap: quiet hours off, a generous cap, fast pacing. The policy's own tests set these back.
            ["Engagement:QuietHours:Start"] = "00:00",
            ["Engagement:QuietHours:End"] = "00:00",
            ["Engagement:MaxProactivePerDay"] = "50",
            ["Twilio:SmsMessagesPerSecond"] = "50",
            ["Twilio:WhatsAppMessagesPerSecond"] = "100",
        };
        if (twilio is not null)
        {
            all["Twilio:AccountSid"] = TestSettings.AccountSid;
            all["Twilio:AuthToken"] = TestSettings.AuthToken;
            all["Twilio:ApiBaseUrl"] = twilio.Url;
            all["Twilio:SmsFrom"] = TestSettings.SmsFrom;
            all["Twilio:WhatsAppFrom"] = TestSettings.WhatsAppFrom;
            all["Twilio:PublicBaseUrl"] = TestSettings.PublicBaseUrl;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = new BotApp(db, connectionString, all, services);
        using var client = app.CreateClient(); // builds and starts the host
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Db == Db.Postgres)
        {
            // The app is gone; its pooled connections need not wait to be pruned.
            await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }
    }

    /// <summary>Runs a query against the app's database in a scope of its own.</summary>
    public async Task<T> QueryAsync<T>(Func<CrmDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        return await query(db);
    }

    public async Task ExecuteAsync(Func<CrmDbContext, Task> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    public Task<int> CountAsync<T>() where T : class => QueryAsync(db => db.Set<T>().CountAsync());
}
