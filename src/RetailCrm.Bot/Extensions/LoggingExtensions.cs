using Serilog;
using Serilog.Events;

namespace RetailCrm.Bot.Extensions;

public static class LoggingExtensions
{
    private static readonly PathString Webhooks = "/webhooks";

    /// <summary>
    /// Serilog from the "Serilog" configuration section. The host gets its own logger (the static one stays
    /// the bootstrap logger), which also lets several hosts run side by side in one test process.
    /// </summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog(
            (services, logger) => logger
                // The quiet levels appsettings.json also sets, here too: framework request lines carry paths, and EF's
                // SQL is noise at best, so neither may reach Information because a file was not found.
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                // A start-up failure the operator can fix is told once, in a line or two on stderr (Program), not here
                // as well with its stack trace.
                .Filter.ByExcluding(e => e.Exception is { } failure && StartupFailure.Explain(failure) is not null)
                .Enrich.FromLogContext()
                .Enrich.With<PhonesInPathsMasked>()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line per request (method, path, status, time). Paths can carry a phone number
    /// (<c>/admin/customers/+919876543210</c>), whoever sends them and whether or not they hold the key; the host's
    /// logger masks them (<see cref="PhonesInPathsMasked"/>).
    /// <para>
    /// A webhook Twilio delivered and we accepted is logged at Debug: in a burst they come by the thousand a second, and
    /// a line each would cost more than storing the message (each message shows again when its turn runs and its reply
    /// is sent). Below Information, Serilog skips the event before it is built or enriched. A refused webhook (4xx) is
    /// Information and a failed one (5xx) Error, as every other request.
    /// </para>
    /// </summary>
    public static WebApplication UseMaskedRequestLogging(this WebApplication app)
    {
        // The host's logger, not the static one: that stays the bootstrap logger here (see AddLogging), which knows
        // neither the configured levels and sinks nor the masking enricher.
        var hostLogger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = hostLogger;
            options.GetLevel = RequestLevel;
            options.GetMessageTemplateProperties = (http, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(http.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(WithoutSecrets(http, path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });
        return app;
    }

    /// <summary>A chart's link is a working key to it for a day: the log says which route, not which link.</summary>
    private static string WithoutSecrets(HttpContext http, string path) =>
        http.Request.Path.StartsWithSegments(Media.MediaApi.Path) ? Media.MediaApi.Path + "/{token}" : path;

    private static LogEventLevel RequestLevel(HttpContext http, double elapsedMs, Exception? ex) =>
        ex is not null || http.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : http.Response.StatusCode < StatusCodes.Status400BadRequest && http.Request.Path.StartsWithSegments(Webhooks) ? LogEventLevel.Debug
        : LogEventLevel.Information;
}
