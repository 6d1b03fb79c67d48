using System.Net;
using System.Net.Sockets;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>
/// The real executable, started as a new user starts it, refusing to start for a reason they can fix: a non-zero exit,
/// one or two lines on stderr naming the key, the value and what would be right, and no stack trace anywhere.
/// </summary>
public sealed class StartupRefusalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("retailcrm-refusal-").FullName;

    private Dictionary<string, string> Sqlite => new() { ["ConnectionStrings__Crm"] = $"Data Source={Path.Combine(_folder, "crm.db")}" };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("Store__OwnerPhone__0", "+91 90000 00001", "Unknown setting Store:OwnerPhone:0. Did you mean Store:OwnerPhones:0?")]
    [InlineData("Twilio__AuthTokn", "0123456789abcdef", "Unknown setting Twilio:AuthTokn. Did you mean Twilio:AuthToken?")]
    [InlineData("Store__OwnerPhones__0", "boss", "Store:OwnerPhones:0|'boss'|not a phone number|+91")]
    [InlineData("Store__TimeZone", "Mars/Olympus", "Store:TimeZone|'Mars/Olympus'|IANA time zone id such as Asia/Kolkata")]
    [InlineData("Database__Provider", "MySql", "Database:Provider is 'MySql', which is not one of Sqlite, SqlServer, PostgreSQL.")]
    [InlineData("Engagement__InactiveAfter", "60 days", "Engagement:InactiveAfter|'60 days'|60.00:00:00")]
    [InlineData("Twilio__AccountSid", "ACdddddddddddddddddddddddddddddddd", "Twilio:AccountSid and Twilio:AuthToken go together")]
    public async Task A_wrong_setting_is_named_with_what_would_be_right(string variable, string value, string expected)
    {
        var environment = Sqlite;
        environment[variable] = value;

        var error = await RefusedAsync(environment);

        foreach (var part in expected.Split('|'))
        {
            Assert.Contains(part, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_misspelt_key_on_the_command_line_gets_the_key_it_was_meant_to_be()
    {
        var error = await RefusedAsync(Sqlite, "--Store:OwnerPhone:0", "+91 90000 00001");

        Assert.Equal("Unknown setting Store:OwnerPhone:0. Did you mean Store:OwnerPhones:0?", error.Trim());
    }

    [Fact]
    public async Task A_server_database_without_a_connection_string_is_refused_not_swapped_for_sqlite()
    {
        var error = await RefusedAsync(new Dictionary<string, string> { ["Database__Provider"] = "PostgreSQL" });

        Assert.Contains("Database:Provider is PostgreSQL, so ConnectionStrings:Crm must be set", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_server_is_named_with_the_cause()
    {
        var port = Ports.Free();

        var error = await RefusedAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Crm"] = $"Host=127.0.0.1;Port={port};Database=crm;Username=bot;Password=not-to-be-printed",
        });

        Assert.Contains($"Cannot reach the PostgreSQL database crm on 127.0.0.1:{port}: Connection refused.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-to-be-printed", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_database_not_migrated_is_refused_with_the_command_that_migrates_it()
    {
        var connectionString = await BotApp.NewDatabaseAsync(Db.Postgres);

        var error = await RefusedAsync(new Dictionary<string, string> { ["Database__Provider"] = "PostgreSQL", ["ConnectionStrings__Crm"] = connectionString });

        Assert.Contains("migration(s) to apply", error, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/RetailCrm.Bot -- migrate", error, StringComparison.Ordinal);
        Assert.Contains("Database:MigrateOnStart=true", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_named_with_how_to_choose_another()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var environment = Sqlite;
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";

        var error = await RefusedAsync(environment);

        Assert.Contains($"Port {port} is already in use (http://127.0.0.1:{port})", error, StringComparison.Ordinal);
        Assert.Contains($"--urls http://localhost:{port + 1}", error, StringComparison.Ordinal);
    }

    /// <summary>Runs the app to its exit and checks the refusal's shape; returns what it wrote on stderr.</summary>
    private static async Task<string> RefusedAsync(Dictionary<string, string> environment, params string[] arguments)
    {
        var (exitCode, output, error) = await AppProcess.RunSeparatelyAsync(environment, arguments);

        var everything = $"exit code {exitCode}\n--- stdout\n{output}\n--- stderr\n{error}";
        Assert.True(exitCode != 0, everything);
        Assert.True(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length is 1 or 2, everything);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
        return error;
    }
}
