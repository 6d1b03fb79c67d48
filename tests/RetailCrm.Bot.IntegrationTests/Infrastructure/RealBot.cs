using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>
/// The built app (RetailCrm.Bot.dll) running as its own process on a real Kestrel socket, configured only by
/// environment variables, for what the in-process test server cannot show: raw connections, response headers
/// Kestrel adds, the console log, the folder it is started from, its memory.
/// </summary>
public sealed class RealBot : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private RealBot(Process process, int port, string folder, string connectionString)
    {
        _process = process;
        Port = port;
        Folder = folder;
        ConnectionString = connectionString;
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
    }

    /// <summary>The app's database, to look into after the fact.</summary>
    public string ConnectionString { get; }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>A temp folder of its own (the SQLite database goes here unless told otherwise), removed on dispose.</summary>
    public string Folder { get; }

    public HttpClient Http { get; }

    /// <summary>Every line the app wrote to stdout and stderr so far.</summary>
    public IReadOnlyList<string> Output => _output.ToList();

    /// <summary>
    /// Starts the app with Twilio pointed at <paramref name="twilio"/> (sandbox when null) and a SQLite database in
    /// its temp folder, and waits until <c>/health/ready</c> answers.
    /// </summary>
    public static async Task<RealBot> StartAsync(
        FakeTwilio? twilio = null,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        var port = FreePort();
        var folder = Directory.CreateTempSubdirectory("retailcrm-realbot-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ConnectionStrings__Crm"] = $"Data Source={Path.Combine(folder, "crm.db")}",
            ["Store__Name"] = TestSettings.StoreName,
            ["Store__OwnerPhones__0"] = TestSettings.OwnerPhone,
            ["Engagement__QuietHours__Start"] = "00:00",
            ["Engagement__QuietHours__End"] = "00:00",
        };
        if (twilio is not null)
        {
            settings["Twilio__AccountSid"] = TestSettings.AccountSid;
            settings["Twilio__AuthToken"] = TestSettings.AuthToken;
            settings["Twilio__ApiBaseUrl"] = twilio.Url;
            settings["Twilio__SmsFrom"] = TestSettings.SmsFrom;
            settings["Twilio__WhatsAppFrom"] = TestSettings.WhatsAppFrom;
            settings["Twilio__PublicBaseUrl"] = TestSettings.PublicBaseUrl;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var start = AppProcess.StartInfo(settings);
        start.WorkingDirectory = workingDirectory ?? folder;
        var process = Process.Start(start)!;
        var bot = new RealBot(process, port, folder, settings["ConnectionStrings__Crm"]);
        process.OutputDataReceived += (_, e) => bot.Record(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await Eventually.TrueAsync(bot.IsReadyAsync, "the app to be ready", TimeSpan.FromSeconds(90));
        return bot;
    }

    /// <summary>The process's resident memory (VmRSS), from /proc.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadAllLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>CPU time the process has used so far, user and kernel (for the benchmarks' cost per turn).</summary>
    public TimeSpan ProcessorTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>SIGKILL, as a crash or the OOM killer would: no shutdown hook runs. The folder stays until dispose.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>The output so far, for an assertion message.</summary>
    public string Log => string.Join('\n', Output);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held; it is under the temp folder either way.
        }
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private async Task<bool> IsReadyAsync()
    {
        if (_process.HasExited)
        {
            Assert.Fail($"The app exited with {_process.ExitCode}:\n{Log}");
        }

        try
        {
            return (await Http.GetAsync("/health/ready")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
