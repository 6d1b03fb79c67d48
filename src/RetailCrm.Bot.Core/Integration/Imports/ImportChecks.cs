namespace RetailCrm.Bot.Core.Integration.Imports;

/// <summary>Reads every line of a file through its check: all the bad lines are found in one pass, not the first only.</summary>
public static class ImportChecks
{
    /// <summary>Checks one line; returns the row, or why the line is refused.</summary>
    public delegate string? Check<in TInput, TRow>(int line, TInput input, out TRow? row);

    public static async Task<ImportBatch<TRow>> ReadAsync<TInput, TRow>(IAsyncEnumerable<ImportLine<TInput>> lines, Check<TInput, TRow> check)
    {
        var rows = new List<TRow>();
        var errors = new List<ImportError>();
        await foreach (var line in lines)
        {
            TRow? row = default;
            var error = line.Error ?? check(line.Line, line.Input!, out row);
            if (error is null)
            {
                rows.Add(row!);
            }
            else
            {
                errors.Add(new ImportError(line.Line, error));
            }
        }

        return new ImportBatch<TRow>(rows, errors);
    }

    /// <summary>Trimmed, or null when empty: an empty cell means "not given".</summary>
    public static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// A name on one line with single spaces, or null when empty: a quoted CSV cell may break a name across lines,
    /// and the catalog's keys are made of words split at spaces.
    /// </summary>
    public static string? OneLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
