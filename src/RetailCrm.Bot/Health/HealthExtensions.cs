using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Admin;

namespace RetailCrm.Bot.Health;

public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: [ReadyTag])
            .AddCheck<ChannelHealthCheck>("channel", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers (no dependencies, so a slow database never gets it restarted).
    /// <c>/health/ready</c>: the database is reachable and migrated; also says which channel is in use.
    /// The details (database provider, channel, AI and its budget) tell an attacker what to aim at, so only this
    /// machine or a caller with the admin key sees them; everyone else gets the status alone.
    /// </summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJson });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteJson });
        return app;
    }

    private static Task WriteJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        object body = MayShowDetails(context)
            ? new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(
                    e => e.Key,
                    e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            }
            : new { status = report.Status.ToString() };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }

    private static bool MayShowDetails(HttpContext context) =>
        AdminKeyGuard.IsLocal(context)
        || (context.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value.IsEnabled
            && context.RequestServices.GetRequiredService<AdminKeyGuard>().Check(context, keyRequired: false) == AdminKeyCheck.Valid);
}
