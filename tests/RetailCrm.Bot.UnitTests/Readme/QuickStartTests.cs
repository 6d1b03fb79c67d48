namespace RetailCrm.Bot.UnitTests.Readme;

/// <summary>
/// What a new user reads before the first command: which SDK to install, and a first build they can watch (under
/// `dotnet run` the first restore and build print nothing for minutes and look hung).
/// </summary>
public sealed class QuickStartTests
{
    private static readonly string Readme = RepositoryFiles.Read("README.md");

    [Fact]
    public void The_readme_names_the_sdk_and_the_test_prerequisites_before_the_first_command()
    {
        var firstCommand = Readme.IndexOf("$ dotnet", StringComparison.Ordinal);

        Assert.InRange(Readme.IndexOf(".NET 10 SDK", StringComparison.Ordinal), 0, firstCommand);
        Assert.InRange(Readme.IndexOf("`postgresql`", StringComparison.Ordinal), 0, firstCommand);
    }

    [Fact]
    public void The_first_command_is_a_build_that_shows_its_progress_then_the_bot_runs()
    {
        var build = Readme.IndexOf("$ dotnet build\n", StringComparison.Ordinal);
        var run = Readme.IndexOf("$ dotnet run --project src/RetailCrm.Bot\n", StringComparison.Ordinal);

        Assert.Equal(Readme.IndexOf("$ dotnet", StringComparison.Ordinal), build);
        Assert.True(run > build, "the README runs the bot after the first build");
    }

    [Fact]
    public void The_owner_example_says_how_to_run_beside_the_first_bot()
    {
        Assert.Contains("stop the first bot", Readme, StringComparison.Ordinal);
        Assert.Contains("--urls http://localhost:5081", Readme, StringComparison.Ordinal);
    }
}
