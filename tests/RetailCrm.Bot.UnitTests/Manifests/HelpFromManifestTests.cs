using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Conversations.Handlers;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.UnitTests.Conversations.Recognizers;

namespace RetailCrm.Bot.UnitTests.Manifests;

/// <summary>HELP is written from the intents' definitions and their texts: each role sees its own lines and nothing else.</summary>
public sealed class HelpFromManifestTests
{
    private const string Store = "Kapoor Fashions";
    private static readonly ReplyTexts Texts = TestRecognizer.Manifests.Replies;

    [Fact]
    public void Shoppers_get_what_they_can_ask_with_an_example_each()
    {
        var help = HelpHandler.HelpText(Role.Shopper, Store, Texts, ReplyLanguage.English);

        var lines = help.Split('\n');
        Assert.Equal("Hi! I'm the Kapoor Fashions assistant. You can ask me:", lines[0]);
        Assert.Equal(HelpHandler.Listed(Role.Shopper).Count(), lines.Length - 2);
        Assert.Equal("Reply STOP to unsubscribe, START to subscribe again.", lines[^1]);
        Assert.Contains("• what's in stock, and its price (\"do you have the blue kurta in M?\")", lines);
        Assert.Contains("• returns and exchanges (\"I want to exchange it\")", lines);
    }

    [Fact]
    public void Shoppers_who_write_hindi_get_hindi_help()
    {
        var help = HelpHandler.HelpText(Role.Shopper, Store, Texts, ReplyLanguage.Hindi);

        Assert.Contains("क्या नीला कुर्ता M साइज़ में है?", help, StringComparison.Ordinal);
        Assert.Contains("STOP", help, StringComparison.Ordinal);
        Assert.DoesNotContain("You can ask me", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Staff_get_the_command_syntax()
    {
        var help = HelpHandler.HelpText(Role.Staff, Store, Texts, ReplyLanguage.English);

        var lines = help.Split('\n');
        Assert.Equal("Kapoor Fashions staff commands:", lines[0]);
        Assert.Equal("Reply STOP to opt out of messages.", lines[^1]);
        Assert.Contains("• sale <number> <amount> <item>", lines);
        Assert.DoesNotContain("• staff list", lines);
        Assert.DoesNotContain(lines, l => l.Contains("points", StringComparison.Ordinal));
    }

    [Fact]
    public void Owners_get_the_staff_commands_and_then_their_own()
    {
        var help = HelpHandler.HelpText(Role.Owner, Store, Texts, ReplyLanguage.English);

        var lines = help.Split('\n');
        Assert.Equal("Kapoor Fashions owner commands:", lines[0]);
        Assert.True(Array.IndexOf(lines, "• sale <number> <amount> <item>") < Array.IndexOf(lines, "• offer vip|inactive|new|all <offer text>"));
        Assert.Contains("• staff list", lines);
    }

    [Theory]
    [InlineData(Role.Shopper)]
    [InlineData(Role.Staff)]
    [InlineData(Role.Owner)]
    public void Help_stays_short_enough_to_read_on_a_phone(Role role)
    {
        foreach (var language in ReplyLanguages.All)
        {
            var help = HelpHandler.HelpText(role, Store, Texts, language);
            Assert.True(help.Length <= 900, $"{role} help in {language} is {help.Length} characters");
        }
    }
}
