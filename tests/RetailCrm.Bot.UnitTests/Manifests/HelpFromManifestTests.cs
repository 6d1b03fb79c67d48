using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Conversations.Handlers;
using RetailCrm.Bot.Core.Manifests;

namespace RetailCrm.Bot.UnitTests.Manifests;

/// <summary>HELP is written from commands.json: each role sees its own lines and nothing else.</summary>
public sealed class HelpFromManifestTests
{
    private const string Store = "Kapoor Fashions";
    private static readonly CommandManifest Commands = BotManifests.Load(ManifestFolder.Real).Commands;

    [Fact]
    public void Shoppers_get_what_they_can_ask_with_an_example_each()
    {
        var help = HelpHandler.HelpText(Role.Shopper, Store, Commands);

        var lines = help.Split('\n');
        Assert.Equal("Hi! I'm the Kapoor Fashions assistant. You can ask me:", lines[0]);
        Assert.Equal(Commands.For(Role.Shopper).Select(c => $"• {c.Does} (\"{c.Say}\")"), lines[1..^1]);
        Assert.Equal("Reply STOP to unsubscribe, START to subscribe again.", lines[^1]);
        Assert.Contains("• what's in stock (\"do you have the blue kurta in M?\")", lines);
    }

    [Fact]
    public void Staff_get_the_command_syntax()
    {
        var help = HelpHandler.HelpText(Role.Staff, Store, Commands);

        var lines = help.Split('\n');
        Assert.Equal("Kapoor Fashions staff commands:", lines[0]);
        Assert.Equal(Commands.For(Role.Staff).Select(c => $"• {c.Say}"), lines[1..^1]);
        Assert.Equal("Reply STOP to opt out of messages.", lines[^1]);
        Assert.Contains("• sale <number> <amount> <item>", lines);
        Assert.DoesNotContain("• staff list", lines);
    }

    [Fact]
    public void Owners_get_the_staff_commands_and_their_own()
    {
        var help = HelpHandler.HelpText(Role.Owner, Store, Commands);

        var lines = help.Split('\n');
        Assert.Equal("Kapoor Fashions owner commands:", lines[0]);
        Assert.Equal(Commands.For(Role.Owner).Select(c => $"• {c.Say}"), lines[1..^1]);
        Assert.Contains("• sale <number> <amount> <item>", lines);
        Assert.Contains("• offer vip|inactive|new|all <offer text>", lines);
        Assert.Contains("• staff list", lines);
    }

    [Theory]
    [InlineData(Role.Shopper)]
    [InlineData(Role.Staff)]
    [InlineData(Role.Owner)]
    public void Help_stays_short_enough_to_read_on_a_phone(Role role)
    {
        var help = HelpHandler.HelpText(role, Store, Commands);

        Assert.True(help.Length <= 700, $"{role} help is {help.Length} characters");
    }

    [Fact]
    public void Help_follows_the_manifest_it_is_given()
    {
        var manifest = new CommandManifest(
            [new CommandEntry(Intents.StoreInfo, "when are you open?", "our timings")],
            [new CommandEntry(Intents.LogSale, "sale <number> <amount> <item>", "Records a sale.")],
            [new CommandEntry(Intents.TopCustomers, "top customers", "Best customers.")]);

        Assert.Equal(
            "Hi! I'm the Kapoor Fashions assistant. You can ask me:\n• our timings (\"when are you open?\")\nReply STOP to unsubscribe, START to subscribe again.",
            HelpHandler.HelpText(Role.Shopper, Store, manifest));
        Assert.Equal(
            "Kapoor Fashions owner commands:\n• sale <number> <amount> <item>\n• top customers\nReply STOP to opt out of messages.",
            HelpHandler.HelpText(Role.Owner, Store, manifest));
    }
}
