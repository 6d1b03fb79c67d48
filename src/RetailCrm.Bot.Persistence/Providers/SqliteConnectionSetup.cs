using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace RetailCrm.Bot.Persistence.Providers;

/// <summary>
/// SQLite has one writer at a time. Left to the driver, a writer that finds the file busy sleeps 150 ms before it
/// tries again, which under many concurrent writers (turns, sends, webhooks) costs far more than the writes; SQLite's
/// own busy handler waits in steps of a few milliseconds instead. In WAL mode, NORMAL sync keeps every commit through
/// a crash of the process and only risks the last ones on a power cut, at a fraction of FULL's cost per commit.
/// <para>
/// Both settings belong to the database connection, which the driver's pool keeps open between uses, so they are set
/// once per pooled connection rather than at every open (a turn, a send and a webhook batch each open one).
/// </para>
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    public static readonly SqliteConnectionSetup Instance = new();

    // Keyed by the native handle, which a pooled connection keeps from one open to the next; collected with it.
    private readonly ConditionalWeakTable<sqlite3, object> _configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsConfigured(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkConfigured(connection);
    }

    private bool IsConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && _configured.TryGetValue(handle, out _);

    private void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _configured.TryAdd(handle, this);
        }
    }
}
