using Microsoft.EntityFrameworkCore;

namespace RetailCrm.Bot.Persistence.SetBased;

/// <summary>The column types of an import's staging table.</summary>
internal enum StagingType
{
    Int,
    Text,
    Money,
    Timestamp,
}

internal enum SqlProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>The SQL an import writes that differs by provider: staging tables and UPDATE … FROM.</summary>
internal sealed class ImportDialect(SqlProvider provider)
{
    public SqlProvider Provider => provider;

    public bool IsPostgres => provider == SqlProvider.Postgres;

    public bool IsSqlServer => provider == SqlProvider.SqlServer;

    public static ImportDialect For(DbContext db) => new(
        db.Database.IsNpgsql() ? SqlProvider.Postgres : db.Database.IsSqlServer() ? SqlProvider.SqlServer : SqlProvider.Sqlite);

    /// <summary>A temporary table of this connection: nobody else sees it, and a rollback takes it away with the rest.</summary>
    public string Staging(string name) => IsSqlServer ? "#" + name : name;

    public string CreateStaging(string table, IEnumerable<(string Name, StagingType Type)> columns) =>
        $"CREATE {(IsSqlServer ? "" : "TEMP ")}TABLE {table} ({string.Join(", ", columns.Select(c => $"{c.Name} {Type(c.Type)}"))})";

    private string Type(StagingType type) => (provider, type) switch
    {
        (_, StagingType.Int) => IsSqlServer ? "int" : "integer",
        (SqlProvider.Postgres, StagingType.Text) => "text",
        // tempdb may have another collation than the database: comparing across them is an error.
        (SqlProvider.SqlServer, StagingType.Text) => "nvarchar(200) COLLATE DATABASE_DEFAULT",
        (SqlProvider.Postgres, StagingType.Money) => "numeric(14,2)",
        (SqlProvider.SqlServer, StagingType.Money) => "decimal(14,2)",
        // SQLite keeps money as REAL (see SqliteCrmDbContext), and timestamps as text in the format its driver writes.
        (SqlProvider.Sqlite, StagingType.Money) => "REAL",
        (SqlProvider.Postgres, StagingType.Timestamp) => "timestamp with time zone",
        (SqlProvider.SqlServer, StagingType.Timestamp) => "datetime2",
        _ => "TEXT",
    };

    /// <summary>
    /// UPDATE <paramref name="table"/> AS <paramref name="alias"/> SET … joined to <paramref name="source"/>: the
    /// PostgreSQL and SQLite form (SET names unqualified columns), or SQL Server's UPDATE alias … FROM … JOIN.
    /// </summary>
    public string UpdateFrom(string table, string alias, string set, string source, string on, string where = "1 = 1") => IsSqlServer
        ? $"UPDATE {alias} SET {set} FROM {table} AS {alias} JOIN {source} ON {on} WHERE {where}"
        : $"UPDATE {table} AS {alias} SET {set} FROM {source} WHERE {on} AND ({where})";

    /// <summary>Equal, or both missing (colour and size may be unknown).</summary>
    public static string Same(string a, string b) => $"({a} = {b} OR ({a} IS NULL AND {b} IS NULL))";
}
