using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace RetailCrm.Bot.Persistence.SetBased;

/// <summary>A column of a staging table and how a row fills it.</summary>
internal sealed record StagingColumn<T>(string Name, StagingType Type, Func<T, object?> Value);

/// <summary>
/// Loads an import's rows into a temporary table in bulk, inside the import's transaction: PostgreSQL's binary COPY,
/// SQLite a JSON array per 10,000 rows, SQL Server prepared multi-row INSERTs (never a statement per row).
/// </summary>
internal static class ImportStaging
{
    public static async Task LoadAsync<T>(
        ImportDialect dialect, DbConnection connection, DbTransaction transaction, string table,
        IReadOnlyList<StagingColumn<T>> columns, IReadOnlyList<T> rows, CancellationToken ct)
    {
        await ImportSql.ExecuteAsync(connection, transaction, dialect.CreateStaging(table, columns.Select(c => (c.Name, c.Type))), ct);
        if (dialect.IsPostgres)
        {
            await CopyAsync((NpgsqlConnection)connection, table, columns, rows, ct);
            // A temporary table has no statistics until asked for; the joins that follow are planned on them.
            await ImportSql.ExecuteAsync(connection, transaction, $"ANALYZE {table}", ct);
        }
        else if (dialect.IsSqlServer)
        {
            await InsertAsync(connection, transaction, table, columns, rows, ct);
        }
        else
        {
            await JsonInsertAsync(connection, transaction, table, columns, rows, ct);
        }
    }

    private static async Task CopyAsync<T>(
        NpgsqlConnection connection, string table, IReadOnlyList<StagingColumn<T>> columns, IReadOnlyList<T> rows, CancellationToken ct)
    {
        var types = columns.Select(c => c.Type switch
        {
            StagingType.Int => NpgsqlDbType.Integer,
            StagingType.Money => NpgsqlDbType.Numeric,
            StagingType.Timestamp => NpgsqlDbType.TimestampTz,
            _ => NpgsqlDbType.Text,
        }).ToArray();
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(ct);
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Value(row) is { } value)
                {
                    await copy.WriteAsync(value, types[i], ct);
                }
                else
                {
                    await copy.WriteNullAsync(ct);
                }
            }
        }

        await copy.CompleteAsync(ct);
    }

    /// <summary>
    /// SQLite: each chunk of rows as one JSON array in one parameter, unpacked by json_each. Many parameters would cost
    /// more than the rows (SQLite finds each named parameter by a linear search: a 500-row statement of 14 columns spent
    /// a second a thousand rows binding).
    /// </summary>
    private static async Task JsonInsertAsync<T>(
        DbConnection connection, DbTransaction transaction, string table,
        IReadOnlyList<StagingColumn<T>> columns, IReadOnlyList<T> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))})
            SELECT {string.Join(", ", columns.Select((_, i) => $"value ->> {i}"))} FROM json_each(@rows)
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@rows";
        command.Parameters.Add(parameter);
        foreach (var chunk in rows.Chunk(10_000))
        {
            parameter.Value = JsonRows(columns, chunk);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static string JsonRows<T>(IReadOnlyList<StagingColumn<T>> columns, T[] rows)
    {
        var buffer = new ArrayBufferWriter<byte>(rows.Length * 64 * columns.Count);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartArray();
                foreach (var column in columns)
                {
                    switch (column.Value(row))
                    {
                        case null:
                            json.WriteNullValue();
                            break;
                        case int number:
                            json.WriteNumberValue(number);
                            break;
                        case decimal money:
                            json.WriteNumberValue((double)money); // SQLite keeps money as REAL
                            break;
                        case DateTime time:
                            // The text the SQLite driver writes a DateTime as, so a staged time compares and copies as EF's do.
                            json.WriteStringValue(time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
                            break;
                        case var value:
                            json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                            break;
                    }
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>SQL Server: prepared multi-row INSERTs within its limits of 2,100 parameters and 1,000 rows a statement.</summary>
    private static async Task InsertAsync<T>(
        DbConnection connection, DbTransaction transaction, string table,
        IReadOnlyList<StagingColumn<T>> columns, IReadOnlyList<T> rows, CancellationToken ct)
    {
        var perStatement = Math.Min(1000, 2000 / columns.Count);
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - start);
                var command = count == perStatement ? full ??= await PrepareAsync(count) : await PrepareAsync(count);
                for (var r = 0; r < count; r++)
                {
                    for (var c = 0; c < columns.Count; c++)
                    {
                        command.Parameters[(r * columns.Count) + c].Value = columns[c].Value(rows[start + r]) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(ct);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }

        async Task<DbCommand> PrepareAsync(int count)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            var values = new List<string>(count);
            for (var r = 0; r < count; r++)
            {
                var names = new string[columns.Count];
                for (var c = 0; c < columns.Count; c++)
                {
                    names[c] = $"@p{r}_{c}";
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = names[c];
                    parameter.Value = DBNull.Value;
                    command.Parameters.Add(parameter);
                }

                values.Add($"({string.Join(", ", names)})");
            }

            command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES {string.Join(", ", values)}";
            await command.PrepareAsync(ct);
            return command;
        }
    }
}
