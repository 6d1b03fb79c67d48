namespace RetailCrm.Bot.Extensions;

public static class HostingExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    private static readonly string[] UrlKeys = ["urls", "http_ports", "https_ports"];

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
}
