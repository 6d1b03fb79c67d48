using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Conversations.Understanding;

namespace RetailCrm.Bot.Core.Manifests;

/// <summary>
/// <c>nlu/</c>: the words the bot understands, as data a store can edit without recompiling.
/// <list type="bullet">
/// <item><c>lexicon.json</c>: spellings, colours, items, brands and product models (see <see cref="Lexicon"/>).</item>
/// <item><c>phrases.json</c>: whole messages that always mean one intent ("thanks", "staff list").</item>
/// <item><c>examples/{intent}.txt</c>: example messages, one per line, that the intent model is trained on.</item>
/// <item><c>model.zip</c> and <c>model.json</c>: the trained model and the fingerprint of the data it was trained on.</item>
/// </list>
/// </summary>
public static class NluFolder
{
    public const string Name = "nlu";
    public const string LexiconFile = "lexicon.json";
    public const string PhrasesFile = "phrases.json";
    public const string ExamplesFolder = "examples";
    public const string ModelFile = "model.zip";
    public const string ModelInfoFile = "model.json";

    /// <summary>Fewer examples than this and the model cannot learn an intent; the loader says so.</summary>
    public const int MinimumExamples = 10;

    private static readonly string[] LexiconSections = ["ignore", "spellings", "colors", "items", "brands", "models"];

    internal static NluData? Read(string manifests, ManifestProblems problems)
    {
        var folder = Path.Combine(manifests, Name);
        if (!Directory.Exists(folder))
        {
            problems.Add($"{Name}/", "folder not found");
            return null;
        }

        var before = problems.Count;
        var lexicon = ReadLexicon(folder, problems);
        var phrases = ReadPhrases(folder, problems);
        var examples = ReadExamples(folder, problems);
        return problems.Count == before && lexicon is not null
            ? new NluData(lexicon, phrases, examples, Fingerprint(folder))
            : null;
    }

    /// <summary>
    /// SHA-256 of everything the model learns from: the examples, the phrases and the lexicon (which folds the
    /// words before the model sees them). A model trained on other data is stale.
    /// </summary>
    public static string Fingerprint(string nluFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(Path.Combine(nluFolder, ExamplesFolder), "*.txt")
            .Order(StringComparer.Ordinal)
            .Prepend(Path.Combine(nluFolder, PhrasesFile))
            .Prepend(Path.Combine(nluFolder, LexiconFile));
        foreach (var file in files.Where(File.Exists))
        {
            // Line endings differ between checkouts (Windows, Linux); the words do not.
            var text = File.ReadAllText(file, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n" + text + "\n"));
        }

        hash.AppendData(Encoding.UTF8.GetBytes(IntentFeatures.Version));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static Lexicon? ReadLexicon(string folder, ManifestProblems problems)
    {
        var json = new ManifestJson($"{Name}/{LexiconFile}", problems);
        var path = Path.Combine(folder, LexiconFile);
        if (!File.Exists(path))
        {
            json.Problem("file not found");
            return null;
        }

        if (json.ParseObject(path) is not { } root)
        {
            return null;
        }

        foreach (var property in root.EnumerateObject().Where(p => p.Name != "about" && !LexiconSections.Contains(p.Name)))
        {
            json.Problem($"\"{property.Name}\" is not a section; use {string.Join(", ", LexiconSections.Select(s => $"\"{s}\""))}");
        }

        var before = problems.Count;
        var folds = new Dictionary<string, string>(StringComparer.Ordinal);
        var listedUnder = new Dictionary<string, string>(StringComparer.Ordinal);
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var section in LexiconSections.Where(s => s is not ("models" or "ignore")))
        {
            words[section] = [];
            if (json.Object(root, section, section) is not { } map)
            {
                continue;
            }

            foreach (var entry in map.EnumerateObject())
            {
                var label = $"{section}.{entry.Name}";
                var canonical = Word(entry.Name);
                // Only spellings may fold onto two words ("whos" → "who is"); colours, items and brands are one word.
                if (canonical.Length == 0 || (section != "spellings" && canonical.Contains(' ', StringComparison.Ordinal)))
                {
                    json.Problem($"\"{label}\" must be one word");
                    continue;
                }

                words[section].Add(canonical);
                Claim(json, listedUnder, canonical, label);
                if (entry.Value.ValueKind != JsonValueKind.Array)
                {
                    json.Problem($"\"{label}\" must be a list of other ways of writing it (it may be empty)");
                    continue;
                }

                foreach (var variant in entry.Value.EnumerateArray())
                {
                    var written = variant.ValueKind == JsonValueKind.String ? Word(variant.GetString()!) : "";
                    if (written.Length == 0 || written.Contains(' ', StringComparison.Ordinal))
                    {
                        json.Problem($"\"{label}\" has {variant.GetRawText()}: each way of writing it must be one word");
                        continue;
                    }

                    if (written != canonical && Claim(json, listedUnder, written, label))
                    {
                        folds[written] = canonical;
                    }
                }
            }
        }

        var models = new Dictionary<string, ProductModel>(StringComparer.Ordinal);
        if (json.Object(root, "models", "models") is { } modelMap)
        {
            foreach (var entry in modelMap.EnumerateObject())
            {
                var label = $"models.{entry.Name}";
                var brand = entry.Value.ValueKind == JsonValueKind.Object ? json.String(entry.Value, "brand", $"{label}.brand") : null;
                var item = entry.Value.ValueKind == JsonValueKind.Object ? json.String(entry.Value, "item", $"{label}.item") : null;
                if (entry.Value.ValueKind != JsonValueKind.Object)
                {
                    json.Problem($"\"{label}\" must be an object with \"brand\" and \"item\"");
                }
                else if (brand is not null && !words["brands"].Contains(Word(brand)))
                {
                    json.Problem($"\"{label}.brand\" \"{brand}\" is not listed under \"brands\"");
                }
                else if (item is not null && !words["items"].Contains(Word(item)))
                {
                    json.Problem($"\"{label}.item\" \"{item}\" is not listed under \"items\"");
                }
                else if (brand is not null && item is not null && Claim(json, listedUnder, Word(entry.Name), label))
                {
                    models[Word(entry.Name)] = new ProductModel(Word(brand), Word(item));
                }
            }
        }

        var ignored = ReadIgnored(json, root, folds, listedUnder);
        return problems.Count == before
            ? new Lexicon(folds, words["colors"], words["items"], words["brands"], models, ignored)
            : null;
    }

    /// <summary>
    /// Words never part of an item's name. Checked after the others: an item, colour or brand cannot be ignored, and
    /// a word another one folds onto is written as it reads after folding.
    /// </summary>
    private static List<string> ReadIgnored(ManifestJson json, JsonElement root, Dictionary<string, string> folds, Dictionary<string, string> listedUnder)
    {
        var ignored = new List<string>();
        if (json.Array(root, "ignore", "ignore") is not { } list)
        {
            return ignored;
        }

        foreach (var entry in list.EnumerateArray())
        {
            var word = entry.ValueKind == JsonValueKind.String ? Word(entry.GetString()!) : "";
            if (word.Length == 0)
            {
                json.Problem($"\"ignore\" has {entry.GetRawText()}: each entry must be a word");
            }
            else if (folds.TryGetValue(word, out var folded))
            {
                json.Problem($"\"ignore\" has \"{word}\", which reads \"{folded}\" after folding; list \"{folded}\" instead");
            }
            else if (listedUnder.TryGetValue(word, out var label) && !label.StartsWith("spellings.", StringComparison.Ordinal))
            {
                json.Problem($"\"ignore\" has \"{word}\", which is listed under \"{label}\": an item, colour or brand names something");
            }
            else
            {
                ignored.Add(word);
            }
        }

        return ignored;
    }

    /// <summary>A word may mean one thing only: "kala" cannot be both black and a brand.</summary>
    private static bool Claim(ManifestJson json, Dictionary<string, string> listedUnder, string word, string label)
    {
        if (listedUnder.TryGetValue(word, out var first))
        {
            // The same word twice under one entry ("sadi" and "साड़ी", which reads "sadi") is harmless.
            if (first != label)
            {
                json.Problem($"\"{word}\" is listed under both \"{first}\" and \"{label}\"; a word can mean one thing only");
            }

            return false;
        }

        listedUnder[word] = label;
        return true;
    }

    private static Dictionary<string, string> ReadPhrases(string folder, ManifestProblems problems)
    {
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        var json = new ManifestJson($"{Name}/{PhrasesFile}", problems);
        var path = Path.Combine(folder, PhrasesFile);
        if (!File.Exists(path))
        {
            json.Problem("file not found");
            return phrases;
        }

        if (json.ParseObject(path) is not { } root)
        {
            return phrases;
        }

        foreach (var entry in root.EnumerateObject().Where(e => e.Name != "about"))
        {
            if (!IntentCatalog.IsKnown(entry.Name))
            {
                json.Problem($"\"{entry.Name}\" is not one of the bot's intents");
                continue;
            }

            if (entry.Value.ValueKind != JsonValueKind.Array)
            {
                json.Problem($"\"{entry.Name}\" must be a list of messages");
                continue;
            }

            foreach (var phrase in entry.Value.EnumerateArray())
            {
                var text = phrase.ValueKind == JsonValueKind.String ? phrase.GetString()!.Trim() : "";
                if (text.Length == 0)
                {
                    json.Problem($"\"{entry.Name}\" has {phrase.GetRawText()}: each phrase must be a non-empty string");
                }
                else if (phrases.TryGetValue(text.ToLowerInvariant(), out var other))
                {
                    json.Problem($"\"{text}\" is listed under both \"{other}\" and \"{entry.Name}\"");
                }
                else
                {
                    phrases[text.ToLowerInvariant()] = entry.Name;
                }
            }
        }

        return phrases;
    }

    private static List<LabelledText> ReadExamples(string folder, ManifestProblems problems)
    {
        var examples = new List<LabelledText>();
        var directory = Path.Combine(folder, ExamplesFolder);
        if (!Directory.Exists(directory))
        {
            problems.Add($"{Name}/{ExamplesFolder}/", "folder not found");
            return examples;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var intent = Path.GetFileNameWithoutExtension(path);
            var file = $"{Name}/{ExamplesFolder}/{Path.GetFileName(path)}";
            if (!IntentCatalog.IsKnown(intent))
            {
                problems.Add(file, $"\"{intent}\" is not one of the bot's intents; name the file after one ({string.Join(", ", IntentCatalog.Names.Order(StringComparer.Ordinal))})");
                continue;
            }

            var lines = ExampleLines(File.ReadAllLines(path, Encoding.UTF8)).ToList();
            counts[intent] = lines.Count;
            examples.AddRange(lines.Select(text => new LabelledText(intent, text)));
        }

        foreach (var intent in IntentCatalog.Names.Order(StringComparer.Ordinal))
        {
            var count = counts.GetValueOrDefault(intent);
            if (count < MinimumExamples)
            {
                problems.Add($"{Name}/{ExamplesFolder}/{intent}.txt", $"has {count} examples; the model needs at least {MinimumExamples} to learn an intent");
            }
        }

        return examples;
    }

    /// <summary>One example per line; blank lines and comments ("# ..." with a space, so "#15 done" is an example) are skipped.</summary>
    public static IEnumerable<string> ExampleLines(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !(l == "#" || l.StartsWith("# ", StringComparison.Ordinal)));

    private static string Word(string text) =>
        Devanagari.ToRoman(text.Trim().ToLowerInvariant());
}

/// <summary>Everything in <c>nlu/</c>, read and checked.</summary>
/// <param name="Phrases">Whole messages (lower case, as written) → intent.</param>
/// <param name="Fingerprint">See <see cref="NluFolder.Fingerprint"/>.</param>
public sealed record NluData(Lexicon Lexicon, IReadOnlyDictionary<string, string> Phrases, IReadOnlyList<LabelledText> Examples, string Fingerprint);

/// <summary>An example message and the intent it means.</summary>
public sealed record LabelledText(string Intent, string Text);
