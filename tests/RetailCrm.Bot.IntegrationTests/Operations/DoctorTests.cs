using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using System.CommandLine;
using RetailCrm.Bot.Commands;
using RetailCrm.Bot.Database;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using RetailCrm.Bot.Operations.Doctor;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RetailCrm.Bot.IntegrationTests.Operations;

/// <summary><c>doctor</c> against WireMock as Twilio and Azure OpenAI, on a real database, through the app's own services.</summary>
public sealed class DoctorTests : IDisposable
{
    private const string KnownSid = "HX00000000000000000000000000000001";
    private const string GoneSid = "HXdeadbeefdeadbeefdeadbeefdeadbeef";

    private readonly FakeTwilio _twilio = new();
    private readonly FakeContentApi _content = new();

    private static string AccountPath => $"/2010-04-01/Accounts/{TestSettings.AccountSid}.json";

    [Fact]
    public async Task A_ready_bot_passes_and_prints_the_webhook_urls_for_twilios_console()
    {
        AccountAnswers(200, """{"sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","friendly_name":"Kapoor Fashions","status":"active","type":"Full"}""");
        var sid = _content.Add("retailcrm_stock_alert", "Good news, {{1}}! ...");
        var settings = await MigratedAsync(Db.Sqlite, _twilio, _content);
        settings["Twilio:ContentSids:stock_alert"] = sid;

        var (report, output) = await RunAsync(settings);

        Assert.False(report.Failed, output);
        Assert.Equal(CheckStatus.Ok, Check(report, Doctor.ConfigurationCheck).Status);
        Assert.Matches(@"Sqlite: reachable, all \d+ migrations applied", Check(report, Doctor.DatabaseCheck).Reason);
        Assert.Contains("Kapoor Fashions (Full, active)", Check(report, Doctor.TwilioCheck).Reason, StringComparison.Ordinal);
        Assert.Contains(report.Checks, c => c.Name == Doctor.TemplatesCheck && c.Status == CheckStatus.Ok && c.Reason.StartsWith($"stock_alert: {sid}", StringComparison.Ordinal));
        Assert.Contains(report.Checks, c => c.Name == Doctor.TemplatesCheck && c.Status == CheckStatus.Warn && c.Reason.Contains("no ContentSid for inquiry_nudge", StringComparison.Ordinal));
        Assert.Contains("off: AzureOpenAI:Endpoint", Check(report, Doctor.AiCheck).Reason, StringComparison.Ordinal);
        Assert.Contains("A message comes in:  POST https://bot.example.test/webhooks/twilio/messages", output, StringComparison.Ordinal);
        Assert.Contains("https://bot.example.test/webhooks/twilio/status", output, StringComparison.Ordinal);
        Assert.Equal(TestSettings.BasicAuth, _twilio.Server.LogEntries.Single(e => e.RequestMessage.Path == AccountPath).RequestMessage.Headers!["Authorization"].ToString());
    }

    [Fact]
    public async Task Credentials_twilio_refuses_fail_naming_the_key_to_fix()
    {
        AccountAnswers(401, """{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}""");

        var (report, output) = await RunAsync(await MigratedAsync(Db.Sqlite, _twilio, _content));

        var twilio = Check(report, Doctor.TwilioCheck);
        Assert.Equal(CheckStatus.Fail, twilio.Status);
        Assert.Contains("HTTP 401, Twilio error 20003: Authenticate", twilio.Reason, StringComparison.Ordinal);
        Assert.Contains("fix Twilio:AuthToken", twilio.Reason, StringComparison.Ordinal);
        Assert.Equal(1, report.ExitCode);
        Assert.Contains("FAIL  twilio", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_sid_twilio_does_not_know_fails_naming_it()
    {
        AccountAnswers(200, """{"sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","friendly_name":"Kapoor Fashions","status":"active","type":"Full"}""");
        var settings = await MigratedAsync(Db.Sqlite, _twilio, _content);
        settings["Twilio:ContentSids:offer"] = GoneSid;

        var (report, _) = await RunAsync(settings);

        var offer = Assert.Single(report.Checks, c => c.Name == Doctor.TemplatesCheck && c.Status == CheckStatus.Fail);
        Assert.Contains($"Twilio:ContentSids:offer {GoneSid} does not exist at Twilio (HTTP 404, Twilio error 20404", offer.Reason, StringComparison.Ordinal);
        Assert.True(report.Failed);
    }

    [Fact]
    public async Task Sandbox_mode_and_ai_off_are_reported_as_such_not_failed()
    {
        var (report, output) = await RunAsync(await MigratedAsync(Db.Sqlite));

        Assert.Equal(0, report.ExitCode);
        Assert.Equal(CheckStatus.Ok, Check(report, Doctor.TwilioCheck).Status);
        Assert.Contains("sandbox mode", Check(report, Doctor.TwilioCheck).Reason, StringComparison.Ordinal);
        Assert.Contains("not checked in sandbox mode", Check(report, Doctor.TemplatesCheck).Reason, StringComparison.Ordinal);
        Assert.StartsWith("off:", Check(report, Doctor.AiCheck).Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", output, StringComparison.Ordinal);
        Assert.Empty(_twilio.Server.LogEntries);
    }

    [Theory]
    [InlineData(Db.Sqlite)]
    [InlineData(Db.Postgres)]
    public async Task A_database_without_its_migrations_fails_and_says_to_migrate(Db db)
    {
        var settings = await OpsHost.SettingsAsync(db);
        settings["Database:MigrateOnStart"] = "false";
        if (db == Db.Sqlite)
        {
            // An empty file is an empty SQLite database: reachable, with none of the tables.
            await File.WriteAllBytesAsync(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings["ConnectionStrings:Crm"]).DataSource, []);
        }

        var (report, _) = await RunAsync(settings);

        var database = Check(report, Doctor.DatabaseCheck);
        Assert.Equal(CheckStatus.Fail, database.Status);
        Assert.Contains("migration(s) pending", database.Reason, StringComparison.Ordinal);
        Assert.Contains("migrate", database.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Azure_openai_is_proved_with_one_tiny_call_and_a_refused_key_names_the_key()
    {
        using var openAi = new FakeAzureOpenAi();
        openAi.WritesMessages("OK", tokens: 12);
        var settings = await MigratedAsync(Db.Sqlite);
        foreach (var (key, value) in openAi.Settings())
        {
            settings[key] = value;
        }

        var (report, _) = await RunAsync(settings);
        Assert.Equal((CheckStatus.Ok, "deployment gpt-4o-mini answered (12 tokens)"), (Check(report, Doctor.AiCheck).Status, Check(report, Doctor.AiCheck).Reason));
        Assert.Single(openAi.Requests);

        openAi.Fails(401);
        (report, _) = await RunAsync(settings);
        Assert.Equal((CheckStatus.Fail, "http_401: fix AzureOpenAI:ApiKey"), (Check(report, Doctor.AiCheck).Status, Check(report, Doctor.AiCheck).Reason));
    }

    [Fact]
    public async Task The_command_takes_configuration_after_its_name_and_exits_1_on_a_failure()
    {
        AccountAnswers(401, """{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}""");
        var settings = await MigratedAsync(Db.Sqlite, _twilio, _content);
        var root = BotCommands.Create(OpsHost.Build); // the real command line, its help included
        using var output = new StringWriter();

        var exit = await root.Parse(["doctor", .. OpsHost.Args(settings)]).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });

        Assert.Equal(1, exit);
        Assert.Contains("ok    configuration   valid", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("FAIL  twilio          Twilio refused the credentials", output.ToString(), StringComparison.Ordinal);

        using var help = new StringWriter();
        await root.Parse(["doctor", "--help"]).InvokeAsync(new InvocationConfiguration { Output = help });
        Assert.Contains("--offline", help.ToString(), StringComparison.Ordinal);
        Assert.Contains("dotnet RetailCrm.Bot.dll doctor", help.ToString(), StringComparison.Ordinal);
    }

    private void AccountAnswers(int status, string body) =>
        _twilio.Server.Given(Request.Create().WithPath(AccountPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    /// <summary>Settings for a fresh database with every migration applied, as the bot leaves it at start.</summary>
    private static async Task<Dictionary<string, string?>> MigratedAsync(Db db, FakeTwilio? twilio = null, FakeContentApi? content = null)
    {
        var settings = await OpsHost.SettingsAsync(db, twilio, content);
        settings["Database:MigrateOnStart"] = "true";
        await using var app = OpsHost.Build(settings);
        await app.PrepareDatabaseAsync();
        return settings;
    }

    private static async Task<(DoctorReport Report, string Output)> RunAsync(IReadOnlyDictionary<string, string?> settings)
    {
        await using var app = OpsHost.Build(settings);
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<Doctor>().RunAsync(offline: false, CancellationToken.None);
        using var output = new StringWriter();
        report.WriteTo(output);
        return (report, output.ToString());
    }

    private static DoctorCheck Check(DoctorReport report, string name) => report.Checks.First(c => c.Name == name);

    public void Dispose()
    {
        _twilio.Dispose();
        _content.Dispose();
    }
}
