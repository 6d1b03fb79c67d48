using System.Text.Json;
using System.Text.RegularExpressions;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Conversations.Handlers;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.UnitTests.Conversations.Recognizers;

namespace RetailCrm.Bot.UnitTests.Manifests;

/// <summary>The bot-manifests folder the build copies beside the app: it loads, and everything in it works.</summary>
public sealed partial class RealManifestsTests
{
    private static readonly LoadedManifests Loaded = TestRecognizer.Manifests;

    public static TheoryData<string> Kinds => [.. TemplateKinds.Required];

    public static TheoryData<Role> Roles => [.. Enum.GetValues<Role>()];

    [Fact]
    public void The_real_folder_loads_with_every_kind_the_bot_sends()
    {
        Assert.Equal(TemplateKinds.Required.Order(), Loaded.Templates.All.Select(t => t.Kind).Order());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_template_renders_its_sample_values(string kind)
    {
        var template = Loaded.Templates.Get(kind);
        var values = SampleValues(template);

        var text = template.Render(values);

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.All(values.Values, value => Assert.Contains(value, text, StringComparison.Ordinal));
        // WhatsApp's limit for a template body.
        Assert.True(text.Length <= 1024, $"{kind} renders {text.Length} characters");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_templates_content_variables_parse_back_to_the_values(string kind)
    {
        var template = Loaded.Templates.Get(kind);
        var values = SampleValues(template);

        var parsed = JsonSerializer.Deserialize<Dictionary<string, string>>(template.ContentVariables(values))!;

        Assert.Equal(template.Variables.Count, parsed.Count);
        for (var i = 0; i < template.Variables.Count; i++)
        {
            Assert.Equal(values[template.Variables[i]], parsed[$"{i + 1}"]);
        }
    }

    [Fact]
    public void Marketing_templates_are_the_offers_and_say_how_to_opt_out()
    {
        var marketing = Loaded.Templates.All.Where(t => t.IsMarketing).ToList();

        Assert.Equal([TemplateKinds.Offer, TemplateKinds.Reengagement], marketing.Select(t => t.Kind).Order());
        Assert.All(marketing, t => Assert.EndsWith("Reply STOP to opt out.", t.Body, StringComparison.Ordinal));
    }

    [Fact]
    public void The_checked_in_commands_json_is_the_one_the_definitions_write()
    {
        var written = CommandsFile.Write(Loaded.Replies);
        var checkedIn = File.ReadAllText(Path.Combine(ManifestFolder.Real, CommandsFile.Name)).ReplaceLineEndings("\n");

        Assert.True(written == checkedIn, "bot-manifests/commands.json is out of date: run `dotnet run --project src/RetailCrm.Bot -- train`.");
    }

    /// <summary>
    /// HELP should not offer what the bot would then not understand: each example (a command's syntax with its
    /// placeholders filled in, or a shopper's example in either language) is recognized as its intent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Roles))]
    public void Every_help_example_is_understood_as_its_intent(Role role)
    {
        var recognizer = TestRecognizer.Create();
        foreach (var intent in HelpHandler.Listed(role))
        {
            foreach (var language in ReplyLanguages.All)
            {
                var text = Example(Loaded.Replies.Get(language, intent.HelpSayKey));
                var got = recognizer.Recognize(text, role).Intent;
                Assert.True(got == intent.Name, $"\"{text}\" from {role} is {got}, expected {intent.Name}");
            }
        }
    }

    /// <summary>The sample values from the template's own file, by variable name, as Twilio shows them to WhatsApp's reviewers.</summary>
    private static Dictionary<string, string> SampleValues(MessageTemplate template)
    {
        var file = Directory.EnumerateFiles(Path.Combine(ManifestFolder.Real, "templates"), "*.json")
            .Single(f => File.ReadAllText(f).Contains($"\"kind\": \"{template.Kind}\"", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var samples = json.RootElement.GetProperty("variables");
        return template.Variables
            .Select((name, i) => (name, value: samples.GetProperty($"{i + 1}").GetString()!))
            .ToDictionary(v => v.name, v => v.value, StringComparer.Ordinal);
    }

    private static readonly Dictionary<string, string> Fillers = new(StringComparer.Ordinal)
    {
        ["<number>"] = "98765 43210",
        ["<amount>"] = "2499",
        ["<item>"] = "blue kurta",
        ["<day>"] = "friday",
        ["<size>"] = "M",
        ["<n>"] = "5",
        ["<text>"] = "prefers cotton",
        ["<id>"] = "12",
        ["<message>"] = "yes we have it in M",
        ["<name>"] = "Ramesh",
        ["<offer text>"] = "10% off on new arrivals",
        ["<price>"] = "4999",
    };

    private static string Example(string say)
    {
        var text = Alternatives().Replace(say.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal), m => m.Groups[1].Value);
        return Placeholder().Replace(text, m => Fillers.TryGetValue(m.Value, out var filler)
            ? filler
            : throw new InvalidOperationException($"No example value for {m.Value} in \"{say}\"; add one to {nameof(Fillers)}."));
    }

    // "summary today|yesterday|week|month" → "summary today"
    [GeneratedRegex(@"(\w+)(?:\|\w+)+")]
    private static partial Regex Alternatives();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Placeholder();
}
