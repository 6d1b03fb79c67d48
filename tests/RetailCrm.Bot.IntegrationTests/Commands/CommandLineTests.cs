using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Commands;

/// <summary>The real executable's command line: --help answers and exits, and chat takes the options the README shows.</summary>
public sealed class CommandLineTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Theory]
    [InlineData("--help")]
    [InlineData("chat", "--help")]
    [InlineData("migrate", "--help")]
    public async Task Help_prints_usage_and_an_example_and_starts_nothing(params string[] arguments)
    {
        var (exitCode, output, error) = await AppProcess.RunSeparatelyAsync(NoSettings, arguments);

        Assert.True(exitCode == 0, $"exit code {exitCode}: {output}{error}");
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("Example", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Chatting with the bot", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Chat_takes_its_options_as_the_readme_writes_them()
    {
        var url = $"http://127.0.0.1:{Ports.Free()}";

        var (exitCode, output, error) = await AppProcess.RunSeparatelyAsync(
            NoSettings, ["chat", "--from", "98765 43210", "--name", "Priya", "--sms", "--url", url], input: "hi\n");

        Assert.Equal(1, exitCode);
        Assert.Contains($"Chatting with the bot at {url} as 98765 43210 on sms.", output, StringComparison.Ordinal);
        Assert.Contains($"Cannot reach the bot at {url}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_chat_option_is_refused_with_the_one_meant()
    {
        var (exitCode, output, error) = await AppProcess.RunSeparatelyAsync(NoSettings, ["chat", "--frm", "98765 43210"]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("Unknown option --frm for chat. Did you mean --from?", error, StringComparison.Ordinal);
    }
}
