using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Configuration;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>The catalog that refuses unknown keys at start is built from what the app really binds.</summary>
public sealed class SettingsCatalogTests
{
    /// <summary>The catalog that refuses unknown keys knows every options class the app binds, and nothing it does not.</summary>
    [Fact]
    public async Task Every_options_class_the_app_binds_is_in_the_settings_catalog()
    {
        IReadOnlyList<ServiceDescriptor> registered = [];
        await using var app = await BotApp.StartAsync(Db.Sqlite, services: services => registered = [.. services]);

        var bound = registered
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => t.Namespace?.StartsWith("RetailCrm.", StringComparison.Ordinal) == true)
            .ToHashSet();

        Assert.Equal(bound.OrderBy(t => t.FullName), ConfigurationCatalog.OptionsTypes.Distinct().OrderBy(t => t.FullName));
    }
}
