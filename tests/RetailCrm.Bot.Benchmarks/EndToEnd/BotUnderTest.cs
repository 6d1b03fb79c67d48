using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.Benchmarks.EndToEnd;

public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The built app (Release, as this project is built) started as its own process by the integration suite's RealBot,
/// configured by environment variables only, on a fresh database it migrates on start: a SQLite file in a folder of
/// its own, or a new database in a throwaway PostgreSQL 15 cluster (the suite's PostgresServer). The benchmark reads
/// and seeds that database directly, never through the app's code.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    private readonly string _folder;

    private BotUnderTest(RealBot bot, Provider provider, string connectionString, string folder)
    {
        Bot = bot;
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
    }

    public RealBot Bot { get; }

    public Provider Provider { get; }

    public string ConnectionString { get; }

    public bool Running { get; private set; } = true;

    /// <summary>Twilio at <paramref name="twilio"/>, quiet hours off, the owner of TestSettings; then <paramref name="settings"/> on top.</summary>
    public static async Task<BotUnderTest> StartAsync(Provider provider, FakeTwilio twilio, IReadOnlyDictionary<string, string> settings)
    {
        // Outside RealBot's own folder, so the SQLite file outlives the process for the baseline that runs after it.
        var folder = Directory.CreateTempSubdirectory("retailcrm-bench-").FullName;
        var connectionString = provider == Provider.Sqlite
            ? $"Data Source={Path.Combine(folder, "crm.db")}"
            : await PostgresDatabaseAsync();
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = provider == Provider.Sqlite ? "Sqlite" : "PostgreSQL",
            ["Database__MigrateOnStart"] = "true",
            ["ConnectionStrings__Crm"] = connectionString,
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        var bot = await RealBot.StartAsync(twilio, environment);
        return new BotUnderTest(bot, provider, connectionString, folder);
    }

    /// <summary>Resident memory, or null once the process is gone.</summary>
    public long? ResidentBytes()
    {
        try
        {
            return Running ? Bot.ResidentBytes() : null;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>CPU time the app has used so far, or null once the process is gone.</summary>
    public TimeSpan? ProcessorTime()
    {
        try
        {
            return Running ? Bot.ProcessorTime() : null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Kills the app (SIGKILL, as RealBot does) and keeps its database.</summary>
    public async Task StopAsync()
    {
        if (Running)
        {
            Running = false;
            await Bot.DisposeAsync();
        }
    }

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Provider == Provider.Sqlite ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Under the temp folder either way.
        }
    }

    /// <summary>
    /// A fresh database in the shared throwaway cluster, with Npgsql's default pool (100) rather than the suite's
    /// small one: the suite runs dozens of apps at once, a benchmark runs one and should not be held back by its pool.
    /// </summary>
    private static async Task<string> PostgresDatabaseAsync()
    {
        var server = await PostgresServer.GetAsync();
        return new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync())
        {
            MaxPoolSize = 100,
            ConnectionIdleLifetime = 300,
            ConnectionPruningInterval = 10,
        }.ToString();
    }
}
