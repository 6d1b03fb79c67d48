namespace RetailCrm.Bot.Core.Integration.Imports;

/// <summary>One record of a file as read, before it is checked: its fields, or why it could not be read.</summary>
/// <param name="Line">The physical line it starts on (the CSV header is line 1).</param>
public readonly record struct ImportLine<T>(int Line, T? Input, string? Error);

/// <summary>A file read and checked: the rows to write, or the lines to fix. Rows are only written when there are no errors.</summary>
public sealed record ImportBatch<T>(IReadOnlyList<T> Rows, IReadOnlyList<ImportError> Errors);

/// <summary>Sets one field of <typeparamref name="T"/> from a CSV cell; returns why the text does not fit, or null.</summary>
public delegate string? CsvColumn<in T>(T input, string text);
