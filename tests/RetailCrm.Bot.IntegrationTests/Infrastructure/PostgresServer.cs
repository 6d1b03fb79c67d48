using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the integration suite. CI starts a throwaway cluster and passes its
/// connection string in RETAILCRM_TEST_POSTGRES; without it (a developer's `dotnet test`) the suite starts
/// its own cluster with initdb and pg_ctl on a free port in a temp folder, and removes it at exit.
/// Each test gets a fresh database in that server.
/// </summary>
public sealed class PostgresServer
{
    public const string EnvironmentVariable = "RETAILCRM_TEST_POSTGRES";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private PostgresServer(string adminConnectionString) => AdminConnectionString = adminConnectionString;

    public string AdminConnectionString { get; }

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    public async Task<string> CreateDatabaseAsync()
    {
        var name = "crm_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        // Dozens of apps come and go in one run, each with its own database and pool: keep every pool small and
        // let idle connections go quickly, so the server never runs out of connection slots.
        return new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = name,
            Pooling = true,
            MaxPoolSize = 20,
            ConnectionIdleLifetime = 2,
            ConnectionPruningInterval = 1,
        }.ToString();
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var fromCi = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromCi))
        {
            return new PostgresServer(fromCi);
        }

        var cluster = await ThrowawayCluster.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        cluster.StopWhenThisProcessDies();
        return new PostgresServer(cluster.ConnectionString);
    }

    private sealed class ThrowawayCluster
    {
        private readonly string _binaries;
        private readonly string _folder;
        private readonly bool _asPostgresUser;

        private ThrowawayCluster(string binaries, string folder, int port, bool asPostgresUser)
        {
            _binaries = binaries;
            _folder = folder;
            _asPostgresUser = asPostgresUser;
            ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=30;Maximum Pool Size=20";
        }

        public string ConnectionString { get; }

        private string DataFolder => Path.Combine(_folder, "data");

        public static async Task<ThrowawayCluster> StartAsync()
        {
            var binaries = FindBinaries()
                ?? throw new InvalidOperationException(
                    $"The integration tests need PostgreSQL: install the server binaries (initdb, pg_ctl) or set {EnvironmentVariable} to a connection string.");

            var folder = Directory.CreateTempSubdirectory("retailcrm-pg-").FullName;
            // initdb and pg_ctl refuse to run as root, so as root the cluster belongs to the postgres user.
            var asPostgresUser = Environment.UserName == "root";
            if (asPostgresUser)
            {
                await RunAsync("chown", ["-R", "postgres:postgres", folder]);
            }

            var cluster = new ThrowawayCluster(binaries, folder, FreePort(), asPostgresUser);
            await cluster.InitAndStartAsync();
            return cluster;
        }

        private async Task InitAndStartAsync()
        {
            await RunPostgresToolAsync("initdb", ["-D", DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
            var port = new NpgsqlConnectionStringBuilder(ConnectionString).Port;
            await RunPostgresToolAsync("pg_ctl",
            [
                "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
                "-o", $"-p {port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=500",
                "start",
            ]);
        }

        public void Stop()
        {
            // Best effort at process exit; the folder is under the temp directory either way.
            try
            {
                RunPostgresToolAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]).GetAwaiter().GetResult();
            }
            catch (InvalidOperationException)
            {
                // Already stopped.
            }

            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file still held open; the temp directory's cleaner will get it.
            }
        }

        /// <summary>A server left running would outlive a killed test host; stop and remove it once we are gone.</summary>
        public void StopWhenThisProcessDies()
        {
            var pgCtl = Path.Combine(_binaries, "pg_ctl");
            var stop = _asPostgresUser ? $"runuser -u postgres -- {pgCtl}" : pgCtl;
            AfterThisProcess.Run($"cd /tmp; {stop} -D '{DataFolder}' -m immediate stop >/dev/null 2>&1; rm -rf '{_folder}'");
        }

        private Task RunPostgresToolAsync(string tool, string[] arguments)
        {
            var path = Path.Combine(_binaries, tool);
            return _asPostgresUser ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
        }

        private static async Task RunAsync(string fileName, string[] arguments)
        {
            var start = new ProcessStartInfo(fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
            }
        }

        private static string? FindBinaries()
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("PG_BIN");
            if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "initdb")))
            {
                return fromEnvironment;
            }

            const string debianRoot = "/usr/lib/postgresql";
            if (!Directory.Exists(debianRoot))
            {
                return null;
            }

            return Directory.GetDirectories(debianRoot)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
