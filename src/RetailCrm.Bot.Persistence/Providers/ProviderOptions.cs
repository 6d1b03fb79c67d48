using Microsoft.EntityFrameworkCore;

namespace RetailCrm.Bot.Persistence.Providers;

/// <summary>Provider set-up shared by the app and the design-time factories, so migrations match what runs.</summary>
public static class ProviderOptions
{
    private static readonly SqliteBusyTimeout BusyTimeout = new();

    public static DbContextOptionsBuilder UseCrmSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history")).AddInterceptors(BusyTimeout);

    public static DbContextOptionsBuilder UseCrmSqlServer(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlServer(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history").EnableRetryOnFailure());

    public static DbContextOptionsBuilder UseCrmPostgres(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"));
}
