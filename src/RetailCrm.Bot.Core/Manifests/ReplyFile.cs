using System.Text.Json;
using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Core.Manifests;

/// <summary>
/// <c>replies/{en,hi}.json</c>: one flat object of key → text per language. English must hold every text the
/// intents need (their questions, HELP lines and meanings); every other language must hold exactly the English
/// keys, each with the same placeholders.
/// </summary>
internal static class ReplyFile
{
    public const string Folder = "replies";

    public static ReplyTexts? Read(string folder, ManifestProblems problems)
    {
        var texts = new Dictionary<ReplyLanguage, IReadOnlyDictionary<string, string>>();
        foreach (var language in ReplyLanguages.All)
        {
            var file = $"{Folder}/{language.Code()}.json";
            var json = new ManifestJson(file, problems);
            var path = Path.Combine(folder, Folder, language.Code() + ".json");
            if (!File.Exists(path))
            {
                json.Problem("file not found");
                continue;
            }

            if (json.ParseObject(path) is not { } root)
            {
                continue;
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
                {
                    json.Problem($"\"{property.Name}\" must be a non-empty string");
                    continue;
                }

                map[property.Name] = property.Value.GetString()!;
            }

            texts[language] = map;
        }

        if (!texts.TryGetValue(ReplyLanguage.English, out var english))
        {
            return null;
        }

        var before = problems.Count;
        foreach (var key in RequiredKeys().Where(k => !english.ContainsKey(k)))
        {
            problems.Add($"{Folder}/en.json", $"\"{key}\" is missing; an intent needs it");
        }

        foreach (var (language, map) in texts.Where(t => t.Key != ReplyLanguage.English))
        {
            var file = $"{Folder}/{language.Code()}.json";
            foreach (var key in english.Keys.Where(k => !map.ContainsKey(k)))
            {
                problems.Add(file, $"\"{key}\" is missing (en.json has it)");
            }

            foreach (var (key, text) in map)
            {
                if (!english.TryGetValue(key, out var englishText))
                {
                    problems.Add(file, $"\"{key}\" is not in en.json");
                }
                else if (!ReplyTexts.Placeholders(text).SetEquals(ReplyTexts.Placeholders(englishText)))
                {
                    problems.Add(file, $"\"{key}\" must use the placeholders of en.json: {string.Join(", ", ReplyTexts.Placeholders(englishText).Select(p => "{" + p + "}"))}");
                }
            }
        }

        return problems.Count == before && texts.Count == ReplyLanguages.All.Count ? new ReplyTexts(texts) : null;
    }

    /// <summary>The texts the intents' own declarations call for.</summary>
    public static IEnumerable<string> RequiredKeys()
    {
        foreach (var intent in IntentCatalog.All.OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            if (intent.InHelp)
            {
                yield return intent.HelpSayKey;
                yield return intent.HelpDoesKey;
            }

            if (intent.Name != Intents.Unknown)
            {
                yield return intent.MeaningKey;
            }

            foreach (var slot in intent.Required)
            {
                yield return intent.QuestionKey(slot.Type);
            }
        }
    }
}
