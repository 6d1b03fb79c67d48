using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging.Inbox;
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
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.Services.AddDbContext<CrmDbContext, SqliteCrmDbContext>(o => o.UseCrmSqlite(connectionString).QuietDatabaseLog());
                break;
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContext<CrmDbContext, SqlServerCrmDbContext>(o => o.UseCrmSqlServer(connectionString).QuietDatabaseLog());
                break;
            default:
                builder.Services.AddDbContext<CrmDbContext, PostgresCrmDbContext>(o => o.UseCrmPostgres(connectionString).QuietDatabaseLog());
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
        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString("Crm");
        return options.Provider switch
        {
            DatabaseProvider.Sqlite => (options.Provider, ResolveSqlitePath(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString, builder.Environment.ContentRootPath)),
            DatabaseProvider.SqlServer or DatabaseProvider.PostgreSQL => (options.Provider, Required(connectionString, options.Provider)),
            _ => throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not one of Sqlite, SqlServer, PostgreSQL."),
        };
    }

    /// <summary>Migrates on start when configured (by default only for SQLite).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        if (db.Database.IsSqlite())
        {
            EnsureSqliteFolder(db);
        }

        if (options.ShouldMigrateOnStart)
        {
            await db.Database.MigrateAsync();
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
        if (db.Database.IsSqlite())
        {
            EnsureSqliteFolder(db);
        }

        var pending = string.Join(", ", await db.Database.GetPendingMigrationsAsync());
        await db.Database.MigrateAsync();
        LogMigrated(logger, db.Database.ProviderName, pending.Length == 0 ? "none" : pending);
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
            ? throw new InvalidOperationException($"Database:Provider is {provider}, so ConnectionStrings:Crm must be set.")
            : connectionString;

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is up to date; applied: {Migrations}")]
    private static partial void LogMigrated(ILogger logger, string? provider, string migrations);
}
