using System.Text.Json;

namespace RetailCrm.Bot.Core.Manifests;

/// <summary>
/// Reads one manifest file field by field, recording a problem for each field that is missing or of the wrong
/// shape. A deserializer would stop at the first and name a CLR type; this names the JSON path instead.
/// </summary>
internal sealed class ManifestJson(string file, ManifestProblems problems)
{
    public string File { get; } = file;

    public void Problem(string text) => problems.Add(File, text);

    /// <summary>The file's root object, or null (with a problem) when it cannot be read or is not a JSON object.</summary>
    public JsonElement? ParseObject(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(System.IO.File.ReadAllText(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                Problem("must hold a JSON object");
                return null;
            }

            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            Problem($"is not valid JSON ({ex.Message})");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Problem($"cannot be read ({ex.Message})");
        }

        return null;
    }

    public string? String(JsonElement parent, string name, string label)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            Problem($"\"{label}\" is missing");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Problem($"\"{label}\" must be a non-empty string");
            return null;
        }

        return value.GetString();
    }

    public JsonElement? Object(JsonElement parent, string name, string label) => Of(parent, name, label, JsonValueKind.Object, "an object");

    public JsonElement? Array(JsonElement parent, string name, string label) => Of(parent, name, label, JsonValueKind.Array, "an array");

    /// <summary>An object whose values are all non-empty strings, such as <c>{"1": "name", "2": "item"}</c>.</summary>
    public Dictionary<string, string>? StringMap(JsonElement parent, string name, string label)
    {
        if (Object(parent, name, label) is not { } map)
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var complete = true;
        foreach (var property in map.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                Problem($"\"{label}.{property.Name}\" must be a non-empty string");
                complete = false;
                continue;
            }

            result[property.Name] = property.Value.GetString()!;
        }

        return complete ? result : null;
    }

    private JsonElement? Of(JsonElement parent, string name, string label, JsonValueKind kind, string described)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            Problem($"\"{label}\" is missing");
            return null;
        }

        if (value.ValueKind != kind)
        {
            Problem($"\"{label}\" must be {described}");
            return null;
        }

        return value;
    }
}
