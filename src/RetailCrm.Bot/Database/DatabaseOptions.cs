namespace RetailCrm.Bot.Database;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSQL,
}

/// <summary>The <c>Database</c> section; the connection string itself is <c>ConnectionStrings:Crm</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>The connection string's name: <c>ConnectionStrings:Crm</c>.</summary>
    public const string ConnectionStringName = "Crm";

    /// <summary>The SQLite file used when no connection string is given: inside the app's content root.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/retailcrm.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply migrations when the app starts. Default: yes for SQLite (an embedded file nobody else
    /// manages), no for servers, where <c>migrate</c> is run as a deployment step; a server database with
    /// migrations to apply is then refused at start, with the command that applies them.
    /// </summary>
    public bool? MigrateOnStart { get; set; }

    public bool ShouldMigrateOnStart => MigrateOnStart ?? Provider == DatabaseProvider.Sqlite;
}
