namespace RetailCrm.Bot.Core.Manifests;

/// <summary>
/// Every problem found, each naming its file: one failed start should list all there is to fix, not the
/// first thing only.
/// </summary>
internal sealed class ManifestProblems
{
    private readonly List<string> _all = [];

    public int Count => _all.Count;

    public void Add(string file, string problem) => _all.Add($"{file}: {problem}");

    public string Describe(string folder) =>
        $"The bot manifests in {folder} have {_all.Count} problem{(_all.Count == 1 ? "" : "s")}:\n- " + string.Join("\n- ", _all);
}
