namespace RetailCrm.Bot.Core.Manifests;

/// <summary>Where the bot's manifests are. Bound from the <c>Manifests</c> section.</summary>
public sealed class ManifestOptions
{
    public const string SectionName = "Manifests";

    /// <summary>
    /// The folder holding <c>commands.json</c> and <c>templates/</c>. Unset: the copy the build puts beside the
    /// app. A relative path is inside the app's folder, like the SQLite database, so it does not depend on
    /// where the app was started from.
    /// </summary>
    public string? Path { get; set; }

    public string ResolvedPath => string.IsNullOrWhiteSpace(Path)
        ? System.IO.Path.Combine(AppContext.BaseDirectory, BotManifests.FolderName)
        : System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);
}
