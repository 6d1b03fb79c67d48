using System.Text.Encodings.Web;
using System.Text.Json;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Conversations.Handlers;

namespace RetailCrm.Bot.Core.Manifests;

/// <summary>
/// <c>commands.json</c>: the bot's command manifest for other tools, written from the intents' definitions and their
/// English HELP texts (<c>train</c> writes it; a test fails when the checked-in file differs). Owners can use every
/// staff command, so <c>owner</c> lists only what is theirs alone.
/// </summary>
public static class CommandsFile
{
    public const string Name = "commands.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ReplyTexts texts)
    {
        var manifest = new Dictionary<string, IEnumerable<Entry>>
        {
            ["shopper"] = Entries(Role.Shopper, texts),
            ["staff"] = Entries(Role.Staff, texts),
            ["owner"] = Entries(Role.Owner, texts).Where(e => !IntentCatalog.IsAllowed(e.Intent, Role.Staff)),
        };
        return JsonSerializer.Serialize(manifest, Json).ReplaceLineEndings("\n") + "\n";
    }

    private static List<Entry> Entries(Role role, ReplyTexts texts) =>
        HelpHandler.Listed(role).Select(i => new Entry(i.Name, texts.Get(ReplyLanguage.English, i.HelpSayKey), texts.Get(ReplyLanguage.English, i.HelpDoesKey))).ToList();

    private sealed record Entry(string Intent, string Say, string Does);
}
