using Microsoft.AspNetCore.Builder;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Operations;

/// <summary>
/// The bot as an operator command gets it: built from configuration arguments, not started (no server, no workers, no
/// jobs): Program.BuildApp, the function the commands get on the real command line.
/// </summary>
public static class OpsHost
{
    public static WebApplication Build(string[] args) => Program.BuildApp(args);

    public static WebApplication Build(IReadOnlyDictionary<string, string?> settings) => Build(Args(settings));

    /// <summary>Settings as the command line passes them: <c>--Key value</c> pairs.</summary>
    public static string[] Args(IReadOnlyDictionary<string, string?> settings) =>
        [.. settings.SelectMany(s => new[] { "--" + s.Key, s.Value ?? "" })];

    /// <summary>The test store on a fresh database; with Twilio (WireMock) when given, else in sandbox mode.</summary>
    public static async Task<Dictionary<string, string?>> SettingsAsync(Db db, FakeTwilio? twilio = null, FakeContentApi? content = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = db == Db.Postgres ? "PostgreSQL" : "Sqlite",
            ["ConnectionStrings:Crm"] = await BotApp.NewDatabaseAsync(db),
            ["Store:Name"] = TestSettings.StoreName,
            ["Store:OwnerPhones:0"] = TestSettings.OwnerPhone,
            // Keep SQL and framework chatter out of the test output.
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        if (twilio is not null)
        {
            settings["Twilio:AccountSid"] = TestSettings.AccountSid;
            settings["Twilio:AuthToken"] = TestSettings.AuthToken;
            settings["Twilio:ApiBaseUrl"] = twilio.Url;
            settings["Twilio:SmsFrom"] = TestSettings.SmsFrom;
            settings["Twilio:WhatsAppFrom"] = TestSettings.WhatsAppFrom;
            settings["Twilio:PublicBaseUrl"] = TestSettings.PublicBaseUrl;
        }

        if (content is not null)
        {
            settings["Twilio:ContentApiBaseUrl"] = content.Url;
        }

        return settings;
    }
}
