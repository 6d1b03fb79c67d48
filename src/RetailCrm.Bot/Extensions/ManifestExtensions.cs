using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Manifests;

namespace RetailCrm.Bot.Extensions;

public static class ManifestExtensions
{
    /// <summary>
    /// The WhatsApp templates, the reply texts and the words the bot understands (bot-manifests/). A missing or broken
    /// folder stops the app at start with every problem listed: sending with a wrong template or answering from a
    /// broken text would fail later, one shopper at a time.
    /// </summary>
    public static WebApplicationBuilder AddBotManifests(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ManifestOptions>()
            .BindConfiguration(ManifestOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ManifestOptions>, LoadsCleanly>();
        builder.Services.AddBotManifests();
        return builder;
    }

    /// <summary>Loads the folder once at start just to check it; the singletons load their own copy on first use.</summary>
    private sealed class LoadsCleanly : IValidateOptions<ManifestOptions>
    {
        public ValidateOptionsResult Validate(string? name, ManifestOptions options)
        {
            try
            {
                BotManifests.Load(options.ResolvedPath);
                return ValidateOptionsResult.Success;
            }
            catch (InvalidDataException ex)
            {
                return ValidateOptionsResult.Fail(ex.Message);
            }
        }
    }
}
