using System.Net;
using System.Text.RegularExpressions;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>
/// Started from any folder, the app is the same app: it reads the appsettings.json beside it (and so keeps SQL and
/// framework request lines out of the log) and a relative SQLite path is inside its own folder, as the README says.
/// </summary>
public sealed partial class ContentRootTests
{
    [Fact]
    public async Task Started_from_another_folder_it_reads_its_own_settings_and_keeps_its_database_beside_it()
    {
        using var twilio = new FakeTwilio();
        var elsewhere = Directory.CreateTempSubdirectory("retailcrm-started-here-").FullName;
        var name = $"content-root-{Guid.NewGuid():N}.db";
        var besideTheApp = Path.Combine(AppContext.BaseDirectory, "data", name);
        try
        {
            await using var bot = await RealBot.StartAsync(
                twilio,
                new Dictionary<string, string> { ["ConnectionStrings__Crm"] = $"Data Source=data/{name}", ["Admin__ApiKey"] = "admin-test-key" },
                workingDirectory: elsewhere);

            var message = await TwilioWebhook.PostAsync(bot.Http, TwilioWebhooksApi.MessagesPath, TwilioWebhook.WhatsApp("+919876543210", "hello, is the red saree back?"));
            await twilio.WaitForSentAsync(1);
            var admin = await bot.Http.GetAsync("/admin/customers/+919876543210");
            await Eventually.TrueAsync(
                () => Task.FromResult(bot.Output.Any(l => l.Contains("GET /admin/customers/", StringComparison.Ordinal))),
                "the admin request in the log");

            Assert.Equal(HttpStatusCode.OK, message.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, admin.StatusCode);
            Assert.True(File.Exists(besideTheApp), $"no database at {besideTheApp}");
            Assert.False(Directory.Exists(Path.Combine(elsewhere, "data")));
            Assert.Contains(bot.Output, l => l.Contains("Content root path: " + AppContext.BaseDirectory, StringComparison.Ordinal));
            Assert.DoesNotContain(bot.Output, l => l.Contains("Executed DbCommand", StringComparison.Ordinal));
            Assert.DoesNotContain(bot.Output, l => l.Contains("Request starting", StringComparison.Ordinal));
            Assert.DoesNotContain(bot.Output, l => E164().IsMatch(l));
            Assert.Contains(bot.Output, l => l.Contains("GET /admin/customers/+91******3210 responded 401", StringComparison.Ordinal));
        }
        finally
        {
            var data = Path.Combine(AppContext.BaseDirectory, "data");
            foreach (var file in Directory.Exists(data) ? Directory.GetFiles(data, name + "*") : [])
            {
                File.Delete(file);
            }

            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [GeneratedRegex(@"\+\d{8,}")]
    private static partial Regex E164();
}
