using System.Globalization;

namespace RetailCrm.Bot.Core.Manifests;

/// <summary>
/// One file in <c>templates/</c>: Twilio's Content API shape (<c>friendly_name</c>, <c>language</c>, sample
/// <c>variables</c>, <c>types["twilio/text"].body</c>) plus our <c>x-retailcrm</c> object, which says what the bot
/// uses the template for and which named value goes in each placeholder.
/// </summary>
internal static class TemplateFile
{
    public const string Extension = "x-retailcrm";

    /// <summary>The kind the file declares (when readable) and the template (when the file has no problems).</summary>
    public static (string? Kind, MessageTemplate? Template) Read(string path, string file, ManifestProblems problems)
    {
        var json = new ManifestJson(file, problems);
        var before = problems.Count;
        if (json.ParseObject(path) is not { } root)
        {
            return (null, null);
        }

        var name = json.String(root, "friendly_name", "friendly_name");
        var language = json.String(root, "language", "language");
        var samples = json.StringMap(root, "variables", "variables");
        var text = json.Object(root, "types", "types") is { } types ? json.Object(types, "twilio/text", "types.twilio/text") : null;
        var body = text is { } t ? json.String(t, "body", "types.twilio/text.body") : null;

        string? kind = null;
        string? category = null;
        Dictionary<string, string>? names = null;
        if (json.Object(root, Extension, Extension) is { } extension)
        {
            kind = json.String(extension, "kind", $"{Extension}.kind");
            category = json.String(extension, "category", $"{Extension}.category");
            names = json.StringMap(extension, "variables", $"{Extension}.variables");
        }

        if (category is not null and not (TemplateCategories.Utility or TemplateCategories.Marketing))
        {
            json.Problem($"\"{Extension}.category\" is \"{category}\"; it must be \"{TemplateCategories.Utility}\" or \"{TemplateCategories.Marketing}\"");
        }

        IReadOnlyList<string>? variables = null;
        if (body is not null)
        {
            foreach (var problem in Placeholders.Problems(body))
            {
                json.Problem(problem);
            }

            if (category == TemplateCategories.Marketing && !body.Contains("STOP", StringComparison.Ordinal))
            {
                json.Problem("a marketing body must say how to opt out, e.g. end with \"Reply STOP to opt out.\"");
            }

            var used = Placeholders.In(body).ToHashSet();
            variables = names is null ? null : MatchNames(json, used, names);
            if (samples is not null)
            {
                MatchSamples(json, used, samples);
            }
        }

        var template = problems.Count == before
            ? new MessageTemplate(kind!, name!, category!, language!, body!, variables!)
            : null;
        return (kind, template);
    }

    /// <summary>x-retailcrm.variables must name exactly {{1}}…{{n}}, the placeholders the body uses, once each.</summary>
    private static List<string>? MatchNames(ManifestJson json, HashSet<int> used, Dictionary<string, string> names)
    {
        var label = $"{Extension}.variables";
        if (Numbered(json, label, names) is not { } byNumber)
        {
            return null;
        }

        var ok = true;
        foreach (var n in used.Where(n => !byNumber.ContainsKey(n)).Order())
        {
            json.Problem($"the body uses {{{{{n}}}}} but \"{label}\" does not name it");
            ok = false;
        }

        foreach (var (n, name) in byNumber.Where(v => !used.Contains(v.Key)).OrderBy(v => v.Key))
        {
            json.Problem($"\"{label}\" names {{{{{n}}}}} \"{name}\" but the body does not use it");
            ok = false;
        }

        if (byNumber.Count > 0 && byNumber.Keys.Max() != byNumber.Count)
        {
            json.Problem($"\"{label}\" must number the variables 1 to {byNumber.Count} without gaps (it has {string.Join(", ", byNumber.Keys.Order())})");
            ok = false;
        }

        foreach (var repeated in byNumber.Values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            json.Problem($"\"{label}\" names \"{repeated.Key}\" more than once");
            ok = false;
        }

        return ok ? [.. byNumber.OrderBy(v => v.Key).Select(v => v.Value)] : null;
    }

    /// <summary>Twilio needs a sample value for each placeholder before WhatsApp will review the template.</summary>
    private static void MatchSamples(ManifestJson json, HashSet<int> used, Dictionary<string, string> samples)
    {
        if (Numbered(json, "variables", samples) is not { } byNumber)
        {
            return;
        }

        foreach (var n in used.Where(n => !byNumber.ContainsKey(n)).Order())
        {
            json.Problem($"\"variables\" has no sample value for {{{{{n}}}}}; Twilio needs one to submit the template for approval");
        }

        foreach (var n in byNumber.Keys.Where(n => !used.Contains(n)).Order())
        {
            json.Problem($"\"variables\" has a sample value for {{{{{n}}}}}, which the body does not use");
        }
    }

    /// <summary>Keys as placeholder numbers: "1", "2", … (not "01", "one" or "{{1}}").</summary>
    private static Dictionary<int, string>? Numbered(ManifestJson json, string label, Dictionary<string, string> map)
    {
        var result = new Dictionary<int, string>();
        var ok = true;
        foreach (var (key, value) in map)
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1
                || n.ToString(CultureInfo.InvariantCulture) != key)
            {
                json.Problem($"\"{label}\" has the key \"{key}\"; keys are placeholder numbers \"1\", \"2\", …");
                ok = false;
                continue;
            }

            result[n] = value;
        }

        return ok ? result : null;
    }
}
