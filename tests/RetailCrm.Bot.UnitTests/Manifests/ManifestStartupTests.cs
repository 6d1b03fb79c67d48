using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Conversations.Handlers;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Extensions;

namespace RetailCrm.Bot.UnitTests.Manifests;

/// <summary>
/// The host's wiring, without a server: <c>builder.AddBotManifests()</c> checks the folder at start (the same
/// check <c>ValidateOnStart</c> runs) and serves the manifests to the handlers.
/// </summary>
public sealed class ManifestStartupTests
{
    [Fact]
    public void By_default_the_copy_beside_the_app_is_used_and_help_is_served_from_it()
    {
        using var app = Build(path: null);

        app.Services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(ManifestFolder.Real, app.Services.GetRequiredService<IOptions<ManifestOptions>>().Value.ResolvedPath);
        Assert.Equal(TemplateKinds.Required.Count, app.Services.GetRequiredService<TemplateCatalog>().All.Count);
        Assert.Same(app.Services.GetRequiredService<ReplyTexts>(), app.Services.GetRequiredService<ReplyTexts>());
        var help = ActivatorUtilities.CreateInstance<HelpHandler>(app.Services);
        Assert.Equal(Intents.Help, ((IIntentHandler)help).Intent);
    }

    [Fact]
    public void A_broken_folder_stops_the_start_with_the_loaders_message()
    {
        using var folder = new ManifestFolder();
        folder.Edit("templates/offer.json", " Reply STOP to opt out.", "");
        using var app = Build(folder.Path);

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("templates/offer.json: a marketing body must say how to opt out", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_stops_the_start_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "retailcrm-no-such-manifests-" + Guid.NewGuid().ToString("N"));
        using var app = Build(missing);

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_path_is_inside_the_apps_folder()
    {
        var options = new ManifestOptions { Path = "custom-manifests" };

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "custom-manifests"), options.ResolvedPath);
    }

    private static WebApplication Build(string? path)
    {
        var builder = WebApplication.CreateBuilder();
        if (path is not null)
        {
            builder.Configuration["Manifests:Path"] = path;
        }

        builder.AddBotManifests();
        return builder.Build();
    }
}
