using Serilog;

namespace RetailCrm.Bot.Extensions;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section. The host gets its own logger (the static one stays
    /// the bootstrap logger), which also lets several hosts run side by side in one test process.
    /// </summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            preserveStaticLogger: true);
        return builder;
    }
}
