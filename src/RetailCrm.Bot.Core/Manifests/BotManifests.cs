namespace RetailCrm.Bot.Core.Manifests;

/// <summary>
/// Loads <c>bot-manifests/</c>: one file per WhatsApp template in <c>templates/</c>, what the bot says per language
/// in <c>replies/</c>, and the words it understands in <c>nlu/</c>. The host calls <see cref="Load"/> at start so a
/// broken manifest stops the app with a list of what to fix, instead of a WhatsApp rejection or a wrong reply days
/// later. (<c>commands.json</c> is written from the intents' definitions by <c>train</c>, not read.)
/// </summary>
public static class BotManifests
{
    public const string FolderName = "bot-manifests";
    public const string TemplatesFolder = "templates";

    /// <exception cref="InvalidDataException">Lists every problem found, each with its file.</exception>
    public static LoadedManifests Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new InvalidDataException(
                $"The bot manifests folder {full} does not exist. Set {ManifestOptions.SectionName}:Path to the folder that holds {TemplatesFolder}/, {ReplyFile.Folder}/ and {NluFolder.Name}/.");
        }

        var problems = new ManifestProblems();
        var templates = ReadTemplates(full, problems);
        var replies = ReplyFile.Read(full, problems);
        var nlu = NluFolder.Read(full, problems);
        if (problems.Count > 0 || replies is null || nlu is null)
        {
            throw new InvalidDataException(problems.Describe(full));
        }

        return new LoadedManifests(full, new TemplateCatalog(templates), replies, nlu);
    }

    private static List<MessageTemplate> ReadTemplates(string folder, ManifestProblems problems)
    {
        var templates = new List<MessageTemplate>();
        var directory = Path.Combine(folder, TemplatesFolder);
        if (!Directory.Exists(directory))
        {
            problems.Add($"{TemplatesFolder}/", "folder not found");
            return templates;
        }

        // Kinds count even from a file with other problems, so a typo elsewhere in it does not also
        // report its kind as missing.
        var declaredIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var file = $"{TemplatesFolder}/{Path.GetFileName(path)}";
            var (kind, template) = TemplateFile.Read(path, file, problems);
            if (kind is null)
            {
                continue;
            }

            if (declaredIn.TryGetValue(kind, out var first))
            {
                problems.Add(file, $"kind \"{kind}\" is already defined in {first}");
                continue;
            }

            declaredIn[kind] = file;
            if (template is not null)
            {
                templates.Add(template);
            }
        }

        foreach (var missing in TemplateKinds.Required.Where(k => !declaredIn.ContainsKey(k)))
        {
            problems.Add($"{TemplatesFolder}/", $"no template has kind \"{missing}\", which the bot sends");
        }

        return templates;
    }
}

/// <summary>Everything in the manifests folder, read and checked.</summary>
public sealed record LoadedManifests(string Folder, TemplateCatalog Templates, ReplyTexts Replies, NluData Nlu);
