using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RetailCrm.Bot.Database;

/// <summary>Names a database the way an operator finds it (file, or host and name), never with its password.</summary>
public static class DatabaseDescription
{
    /// <summary>"the SQLite database /srv/bot/data/retailcrm.db", "the PostgreSQL database crm on db.example.com:5432".</summary>
    public static string Of(DbContext db) => Of(db.Database.ProviderName, db.Database.GetConnectionString() ?? "");

    public static string Of(string? providerName, string connectionString)
    {
        if (providerName?.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) == true)
        {
            return $"the SQLite database {new SqliteConnectionStringBuilder(connectionString).DataSource}";
        }

        if (providerName?.Contains("SqlServer", StringComparison.OrdinalIgnoreCase) == true)
        {
            var sqlServer = new SqlConnectionStringBuilder(connectionString);
            return $"the SQL Server database {sqlServer.InitialCatalog} on {sqlServer.DataSource}";
        }

        var postgres = new NpgsqlConnectionStringBuilder(connectionString);
        return $"the PostgreSQL database {postgres.Database} on {postgres.Host}:{postgres.Port}";
    }

    /// <summary>What the driver said, at the bottom of the chain (the socket's "Connection refused", the server's own words).</summary>
    public static string Cause(Exception failure)
    {
        var innermost = failure;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return innermost is PostgresException postgres ? postgres.MessageText : innermost.Message.TrimEnd('.');
    }

    /// <summary>What a connection string for <paramref name="provider"/> looks like, for a message.</summary>
    public static string ExampleConnectionString(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.SqlServer => "Server=db.example.com;Database=retailcrm;User Id=retailcrm;Password=...;Encrypt=true",
        DatabaseProvider.PostgreSQL => "Host=db.example.com;Database=retailcrm;Username=retailcrm;Password=...",
        _ => DatabaseOptions.DefaultSqliteConnectionString,
    };
}
