using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RetailCrm.Bot.Persistence.Providers;

/// <summary>
/// SQLite has one writer at a time. Left to the driver, a writer that finds the file busy sleeps 150 ms before it
/// tries again, which under many concurrent writers (turns, sends, webhooks) costs far more than the writes; SQLite's
/// own busy handler waits in steps of a few milliseconds instead. In WAL mode, NORMAL sync keeps every commit through
/// a crash of the process and only risks the last ones on a power cut, at a fraction of FULL's cost per commit.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    public static readonly SqliteConnectionSetup Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
