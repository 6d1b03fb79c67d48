namespace RetailCrm.Bot.UnitTests;

/// <summary>Files of the checkout itself (README, infra/), found above the test's build output.</summary>
public static class RepositoryFiles
{
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root(), relativePath));

    private static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RetailCrm.Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"RetailCrm.Bot.sln not found above {AppContext.BaseDirectory}");
    }
}
