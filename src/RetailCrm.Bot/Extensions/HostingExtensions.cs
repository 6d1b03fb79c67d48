using Microsoft.Extensions.Options;

namespace RetailCrm.Bot.Extensions;

public static class HostingExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    private static readonly string[] UrlKeys = ["urls", "http_ports", "https_ports"];

    /// <summary>
    /// The content root is the app's own folder, not the folder it was started from: that is where appsettings.json
    /// is (started elsewhere it went unread, and with it the log levels that keep SQL out of the log) and what a
    /// relative SQLite path is relative to. An explicit <c>--contentRoot</c> or ASPNETCORE_CONTENTROOT still wins (the
    /// test host sets one).
    /// </summary>
    public static WebApplicationOptions AppOptions(string[] args)
    {
        var explicitRoot = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[WebHostDefaults.ContentRootKey];
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = string.IsNullOrWhiteSpace(explicitRoot) ? AppContext.BaseDirectory : null,
        };
    }

    /// <summary>
    /// `dotnet run` listens on http://localhost:5080 unless something else is configured (ASPNETCORE_URLS,
    /// --urls, ASPNETCORE_HTTP_PORTS as in containers, or Kestrel endpoints). There is no launchSettings.json
    /// on purpose: `dotnet run` prints a line about it on stdout, which would spoil `understand`'s JSON.
    /// </summary>
    public static WebApplicationBuilder UseDefaultUrlWhenNoneConfigured(this WebApplicationBuilder builder)
    {
        var configured = UrlKeys.Any(key => !string.IsNullOrWhiteSpace(builder.Configuration[key]))
                         || builder.Configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }

    /// <summary>
    /// Runs every <c>ValidateOnStart</c> check now, before anything starts: the host would run them too, but only after
    /// building its hosted services, whose constructors read the options first and fail inside a stack trace.
    /// </summary>
    public static WebApplication ValidateOptionsNow(this WebApplication app)
    {
        app.Services.GetService<IStartupValidator>()?.Validate();
        return app;
    }
}
