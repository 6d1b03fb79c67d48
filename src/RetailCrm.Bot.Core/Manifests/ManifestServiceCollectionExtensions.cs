using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace RetailCrm.Bot.Core.Manifests;

public static class ManifestServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="TemplateCatalog"/>, <see cref="ReplyTexts"/> and <see cref="NluData"/> as singletons, loaded together on
    /// first use from <see cref="ManifestOptions.ResolvedPath"/>. The host binds the options and checks the folder at start.
    /// </summary>
    public static IServiceCollection AddBotManifests(this IServiceCollection services)
    {
        services.AddOptions<ManifestOptions>();
        // One load for all: they come from the same folder and must not disagree.
        services.TryAddSingleton(sp => BotManifests.Load(sp.GetRequiredService<IOptions<ManifestOptions>>().Value.ResolvedPath));
        services.TryAddSingleton(sp => sp.GetRequiredService<LoadedManifests>().Templates);
        services.TryAddSingleton(sp => sp.GetRequiredService<LoadedManifests>().Replies);
        services.TryAddSingleton(sp => sp.GetRequiredService<LoadedManifests>().Nlu);
        return services;
    }
}
