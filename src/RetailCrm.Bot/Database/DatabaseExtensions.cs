using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Extensions;
using RetailCrm.Bot.Persistence;
using RetailCrm.Bot.Persistence.Messaging;
using RetailCrm.Bot.Persistence.Providers;
using RetailCrm.Bot.Persistence.SetBased;

namespace RetailCrm.Bot.Database;

public static partial class DatabaseExtensions
{
    /// <summary>
    /// Registers <see cref="CrmDbContext"/> for the configured provider. The choice is read once here because
    /// the provider decides which migrations assembly types exist, not something to change at run time.
    /// </summary>
    public static WebApplicationBuilder AddCrmDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();

        var (provider, connectionString) = ResolveConnection(builder);
        // Pooled: every request, turn and send makes a scope, and a new context per scope built EF Core's own services
        // for it anew (about a tenth of the process's CPU under load, in a profile); a pooled one keeps them and is
        // reset when its scope ends. The options are built once for the pool.
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.Services.AddDbContextPool<CrmDbContext, SqliteCrmDbContext>(o => o.UseCrmSqlite(connectionString).QuietDatabaseLog());
                break;
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContextPool<CrmDbContext, SqlServerCrmDbContext>(o => o.UseCrmSqlServer(connectionString).QuietDatabaseLog());
                break;
            default:
                builder.Services.AddDbContextPool<CrmDbContext, PostgresCrmDbContext>(o => o.UseCrmPostgres(connectionString).QuietDatabaseLog());
                break;
        }

        builder.Services.AddScoped<ICrmDbContext>(services => services.GetRequiredService<CrmDbContext>());
        builder.Services.AddSetBasedWrites();
        builder.Services.AddScoped<IInboxBatchStore, InboxBatchStore>();
        return builder;
    }

    /// <summary>The provider and its connection string, as the CRM and the scheduler both use them.</summary>
    public static (DatabaseProvider Provider, string ConnectionString) ResolveConnection(WebApplicationBuilder builder)
    {
        // Database:Provider's value was checked with the other settings (RefuseUnknownSettings) before this reads it.
        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        return options.Provider == DatabaseProvider.Sqlite
            ? (options.Provider, ResolveSqlitePath(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString, builder.Environment.ContentRootPath))
            : (options.Provider, Required(connectionString, options.Provider));
    }

    /// <summary>
    /// Before the host starts: the database answers, and is migrated (here, when Database:MigrateOnStart says so, else
    /// refused with the command that does it). Either failure stops start-up with a line or two, before the workers
    /// and the scheduler would each report it, again and again.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await EnsureReachableAsync(db);

        if (options.ShouldMigrateOnStart)
        {
            await db.Database.MigrateAsync();
        }
        else if ((await db.Database.GetPendingMigrationsAsync()).ToList() is { Count: > 0 } pending)
        {
            throw new StartupRefusedException(
                $"{Capitalized(DatabaseDescription.Of(db))} has {pending.Count} migration(s) to apply, and Database:MigrateOnStart is off.",
                "Apply them first, with the same settings: dotnet run --project src/RetailCrm.Bot -- migrate (deployed: dotnet RetailCrm.Bot.dll migrate), or set Database:MigrateOnStart=true.");
        }

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets the webhook write while a turn reads; it is a property of the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    /// <summary>The <c>migrate</c> command: apply every pending migration, report, exit.</summary>
    public static async Task<int> MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("RetailCrm.Bot.Migrate");
        await EnsureReachableAsync(db);

        var pending = string.Join(", ", await db.Database.GetPendingMigrationsAsync());
        await db.Database.MigrateAsync();
        var database = Capitalized(DatabaseDescription.Of(db));
        LogMigrated(logger, database, pending.Length == 0 ? "none" : pending);
        return 0;
    }

    /// <summary>
    /// EF logs every command it runs at Information; here that is Debug whatever the log configuration says, so a
    /// missing or loosened Serilog section never puts SQL (and, with sensitive logging, its values) in the log.
    /// <para>
    /// EF also logs every failed SaveChanges at Error before its caller sees the exception. The caller knows better: a
    /// unique index catching a webhook retry is expected (the inbox), anything else is logged at Error by whoever
    /// handles it (the turn's error handler, the host for a request), so EF's own line is a Warning.
    /// </para>
    /// </summary>
    private static DbContextOptionsBuilder QuietDatabaseLog(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w
            .Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted, LogLevel.Debug))
            .Log((Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, LogLevel.Warning)));

    private static string Required(string? connectionString, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new StartupRefusedException(
                $"Database:Provider is {provider}, so ConnectionStrings:Crm must be set to its connection string.",
                $"For example: --ConnectionStrings:Crm \"{DatabaseDescription.ExampleConnectionString(provider)}\" (or the environment variable ConnectionStrings__Crm).")
            : connectionString;

    /// <summary>
    /// Opens one connection with the driver itself, not through EF, which would log the failure at Error with its stack
    /// before the caller could say it better: the host, port or file, and the cause in the driver's words.
    /// </summary>
    private static async Task EnsureReachableAsync(DbContext db)
    {
        if (db.Database.IsSqlite())
        {
            EnsureSqliteFolder(db);
        }

        var connection = db.Database.GetDbConnection();
        try
        {
            await connection.OpenAsync();
        }
        catch (Exception ex) when (ex is DbException or SocketException or TimeoutException or IOException)
        {
            throw new StartupRefusedException(
                $"Cannot reach {DatabaseDescription.Of(db)}: {DatabaseDescription.Cause(ex)}.",
                "Check ConnectionStrings:Crm, and that the database server is running and lets this machine connect.");
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    /// <summary>A relative SQLite path means "inside the app's folder", wherever the process was started from.</summary>
    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(csb.DataSource) && csb.DataSource != ":memory:" && !Path.IsPathRooted(csb.DataSource))
        {
            csb.DataSource = Path.GetFullPath(Path.Combine(contentRoot, csb.DataSource));
        }

        return csb.ToString();
    }

    private static void EnsureSqliteFolder(DbContext db)
    {
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(dataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    private static string Capitalized(string text) => string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));

    [LoggerMessage(Level = LogLevel.Information, Message = "{Database} is up to date; applied: {Migrations}")]
    private static partial void LogMigrated(ILogger logger, string database, string migrations);
}
