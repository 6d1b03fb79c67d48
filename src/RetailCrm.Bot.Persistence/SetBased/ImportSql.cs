using System.Data.Common;
using System.Globalization;

namespace RetailCrm.Bot.Persistence.SetBased;

/// <summary>Runs an import's statements on its connection and transaction.</summary>
internal static class ImportSql
{
    /// <summary>100,000 rows take seconds; a slow disk must not turn that into a failure.</summary>
    private const int TimeoutSeconds = 300;

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct, DateTime? now = null)
    {
        await using var command = Command(connection, transaction, sql, now);
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The first row's numbers (counts: a SUM over no rows is 0 here, not NULL).</summary>
    public static async Task<int[]> CountsAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct, DateTime? now = null)
    {
        await using var command = Command(connection, transaction, sql, now);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var counts = new int[reader.FieldCount];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = reader.IsDBNull(i) ? 0 : Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    public static async Task<List<string>> StringsAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, sql, null);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, DateTime? now)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = TimeoutSeconds;
        if (now is { } value)
        {
            command.Add("@now", value);
        }

        return command;
    }
}
