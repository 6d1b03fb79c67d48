using System.Text.Json;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>The bot's own reply texts (bot-manifests/replies) as the build copies them, for tests that build an expected reply.</summary>
public static class TestTexts
{
    public static readonly IReadOnlyDictionary<string, string> English = Load("en");

    public static readonly IReadOnlyDictionary<string, string> Hindi = Load("hi");

    private static Dictionary<string, string> Load(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "bot-manifests", "replies", language + ".json")))!;
}
