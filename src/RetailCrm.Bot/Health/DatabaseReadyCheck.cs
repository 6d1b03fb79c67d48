using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RetailCrm.Bot.Persistence;

namespace RetailCrm.Bot.Health;

/// <summary>Ready means the database answers and has every migration; a server database not yet migrated says so.</summary>
public sealed class DatabaseReadyCheck(CrmDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy($"{db.Database.ProviderName}: cannot connect");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy(db.Database.ProviderName)
                : HealthCheckResult.Unhealthy($"{pending} migration(s) pending: run `dotnet RetailCrm.Bot.dll migrate`");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{db.Database.ProviderName}: {ex.GetType().Name}");
        }
    }
}
