using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RetailCrm.Bot.Persistence.Providers;

/// <summary>
/// SQLite has one writer at a time. Microsoft.Data.Sqlite answers "the database is busy" by sleeping 150 ms and trying
/// again, so a webhook's insert that meets a turn's short write transaction waited 150 ms or more. With
/// <c>busy_timeout</c> set, SQLite itself waits for the lock in steps of a few milliseconds instead.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    // As long as a command may wait in any case (Microsoft.Data.Sqlite's default command timeout is 30 s).
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
