using System.Runtime.CompilerServices;
using CsvHelper;

namespace RetailCrm.Bot.Core.Integration.Imports;

/// <summary>
/// CSV with a header row, read a record at a time as it arrives (CsvHelper's reader, which counts physical lines, so a
/// quoted cell spanning lines still reports where its record starts). Columns are matched by header name in any order
/// and case, and every cell's problem is told with its line rather than thrown.
/// </summary>
public static class CsvLines
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        TrimWhitespace = true,
    };

    public static async IAsyncEnumerable<ImportLine<T>> ReadAsync<T>(
        Stream body,
        IReadOnlyDictionary<string, CsvColumn<T>> columns,
        IReadOnlyCollection<string> required,
        [EnumeratorCancellation] CancellationToken ct)
        where T : new()
    {
        // A stray or unclosed quote is reported here, before its record is returned: that line is refused, the rest read on.
        var malformed = new Dictionary<long, CsvMalformedReason>();
        var options = Options with { OnMalformedRecord = record => malformed.TryAdd(record.LineNumber, record.Reason) };
        await using var csv = CsvReader.Create(body, options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        if (csv.Headers.Count == 0)
        {
            yield return new ImportLine<T>(1, default, "The file is empty: it needs a header row naming the columns.");
            yield break;
        }

        var header = Header(csv.Headers, columns, required, out var headerError);
        if (headerError is not null)
        {
            yield return new ImportLine<T>(1, default, headerError);
            yield break;
        }

        while (await csv.ReadAsync(ct))
        {
            var line = checked((int)csv.LineNumber);
            yield return malformed.Remove(csv.LineNumber, out var reason)
                ? new ImportLine<T>(line, default, $"The quoting is broken ({reason}).")
                : Record(csv, line, header);
        }
    }

    private static ImportLine<T> Record<T>(CsvReader csv, int line, CsvColumn<T>?[] header)
        where T : new()
    {
        if (csv.FieldCount != header.Length)
        {
            return new ImportLine<T>(line, default, $"{csv.FieldCount} cells where the header has {header.Length} columns.");
        }

        var input = new T();
        for (var i = 0; i < header.Length; i++)
        {
            if (!csv.IsEmpty(i) && header[i]!(input, csv.GetString(i)!) is { } error)
            {
                return new ImportLine<T>(line, default, error);
            }
        }

        return new ImportLine<T>(line, input, null);
    }

    /// <summary>The column setters in the file's order; an unknown or repeated column is refused, not ignored (a typo would lose data).</summary>
    private static CsvColumn<T>?[] Header<T>(
        IReadOnlyList<string> names, IReadOnlyDictionary<string, CsvColumn<T>> columns, IReadOnlyCollection<string> required, out string? error)
    {
        error = null;
        var header = new CsvColumn<T>?[names.Count];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (!columns.TryGetValue(name, out header[i]))
            {
                error = $"Unknown column \"{name}\"; the columns are: {string.Join(", ", columns.Keys)}.";
                return header;
            }

            if (!seen.Add(name))
            {
                error = $"The column \"{name}\" is named twice.";
                return header;
            }
        }

        var missing = required.Where(r => !seen.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            error = $"The header row lacks {string.Join(", ", missing)}.";
        }

        return header;
    }
}
