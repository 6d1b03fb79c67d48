using RetailCrm.Bot.Core.Manifests;

namespace RetailCrm.Bot.UnitTests.Manifests;

/// <summary>
/// A copy of the real bot-manifests folder (the one the build puts beside the app) in a temp folder, to break
/// one thing at a time. Edits check that the text they replace is there, so a reworded manifest cannot turn a
/// test into one that checks nothing.
/// </summary>
internal sealed class ManifestFolder : IDisposable
{
    public static readonly string Real = System.IO.Path.Combine(AppContext.BaseDirectory, BotManifests.FolderName);

    public ManifestFolder()
    {
        Path = Directory.CreateTempSubdirectory("retailcrm-manifests-").FullName;
        foreach (var file in Directory.EnumerateFiles(Real, "*", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(Real, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public string Path { get; }

    public void Edit(string file, string find, string replace)
    {
        var path = System.IO.Path.Combine(Path, file);
        var text = File.ReadAllText(path);
        Assert.True(text.Contains(find, StringComparison.Ordinal), $"{file} no longer contains {find}");
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    public void Delete(string file) => File.Delete(System.IO.Path.Combine(Path, file));

    /// <summary>The loader's message for this broken copy.</summary>
    public string Problems() => Assert.Throws<InvalidDataException>(() => BotManifests.Load(Path)).Message;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
