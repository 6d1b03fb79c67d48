using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RetailCrm.Bot.Core.Integration.Imports;

/// <summary>One JSON object per line (NDJSON / JSON Lines), read a line at a time as it arrives; blank lines are skipped but counted.</summary>
public static class NdjsonLines
{
    public static async IAsyncEnumerable<ImportLine<T>> ReadAsync<T>(
        Stream body, JsonTypeInfo<T> type, [EnumeratorCancellation] CancellationToken ct)
    {
        // UTF-8 unless a byte order mark says otherwise (which it also skips).
        using var text = new StreamReader(body, leaveOpen: true);
        var line = 0;
        while (await text.ReadLineAsync(ct) is { } json)
        {
            line++;
            if (!string.IsNullOrWhiteSpace(json))
            {
                yield return Parse(line, json, type);
            }
        }
    }

    private static ImportLine<T> Parse<T>(int line, string json, JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(json, type) is { } input
                ? new ImportLine<T>(line, input, null)
                : new ImportLine<T>(line, default, "Not a JSON object.");
        }
        catch (JsonException ex)
        {
            // The serializer's own message names .NET types; the caller needs the field and that it did not fit.
            var field = ex.Path is { Length: > 2 } path ? path[2..] : null;
            return new ImportLine<T>(line, default, field is null
                ? "Not a valid JSON object."
                : $"\"{field}\" is not allowed here or has the wrong type.");
        }
    }
}
