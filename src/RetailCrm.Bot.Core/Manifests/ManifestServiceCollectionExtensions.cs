using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace RetailCrm.Bot.Core.Manifests;

public static class ManifestServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="TemplateCatalog"/> and <see cref="CommandManifest"/> as singletons, loaded together on first use
    /// from <see cref="ManifestOptions.ResolvedPath"/>. The host binds the options and checks the folder at start.
    /// </summary>
    public static IServiceCollection AddBotManifests(this IServiceCollection services)
    {
        services.AddOptions<ManifestOptions>();
        services.TryAddSingleton(sp => new LoadedManifests(
            BotManifests.Load(sp.GetRequiredService<IOptions<ManifestOptions>>().Value.ResolvedPath)));
        services.TryAddSingleton(sp => sp.GetRequiredService<LoadedManifests>().Value.Templates);
        services.TryAddSingleton(sp => sp.GetRequiredService<LoadedManifests>().Value.Commands);
        return services;
    }

    // One load for both singletons: they come from the same folder and must not disagree.
    private sealed record LoadedManifests((TemplateCatalog Templates, CommandManifest Commands) Value);
}
