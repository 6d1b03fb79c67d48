using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>
/// The real app as its own process, configured only by environment variables, with WireMock as Twilio: a
/// sale logged by message leads to a check-in at Twilio once its delay has passed, and not before.
/// </summary>
public sealed class BlackBoxCheckInTests
{
    [Fact]
    public async Task A_sale_logged_by_staff_leads_to_a_check_in_at_twilio_once_the_delay_has_passed()
    {
        using var twilio = new FakeTwilio();
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var folder = Directory.CreateTempSubdirectory("retailcrm-blackbox-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RetailCrm.Bot.dll"));
        foreach (var (key, value) in new Dictionary<string, string>
                 {
                     ["DOTNET_ENVIRONMENT"] = "Production",
                     ["ASPNETCORE_URLS"] = baseUrl,
                     ["ConnectionStrings__Crm"] = $"Data Source={Path.Combine(folder, "crm.db")}",
                     ["Store__Name"] = TestSettings.StoreName,
                     ["Store__OwnerPhones__0"] = TestSettings.OwnerPhone,
                     ["Twilio__AccountSid"] = TestSettings.AccountSid,
                     ["Twilio__AuthToken"] = TestSettings.AuthToken,
                     ["Twilio__ApiBaseUrl"] = twilio.Url,
                     ["Twilio__SmsFrom"] = TestSettings.SmsFrom,
                     ["Twilio__PublicBaseUrl"] = TestSettings.PublicBaseUrl,
                     ["Engagement__PostPurchaseCheckInAfter"] = "00:00:05",
                     ["Engagement__QuietHours__Start"] = "00:00",
                     ["Engagement__QuietHours__End"] = "00:00",
                     ["Jobs__SendCheckInsJob__Cron"] = "0/2 * * * * ?",
                 })
        {
            start.Environment[key] = value;
        }

        using var app = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        app.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        app.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            await Eventually.TrueAsync(async () =>
            {
                try
                {
                    return (await http.GetAsync("/health/ready")).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, "the app to be ready", TimeSpan.FromSeconds(60));

            var beforeSale = DateTime.UtcNow;
            var response = await TwilioWebhook.PostAsync(http, TwilioWebhooksApi.MessagesPath,
                TwilioWebhook.Sms(TestSettings.OwnerPhone, "Sold blue kurta to 9876543210 for Rs 1,299"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            var checkIn = await Eventually.ValueAsync(
                () => Task.FromResult(twilio.Server.LogEntries.FirstOrDefault(e =>
                    e.RequestMessage.Path == FakeTwilio.MessagesPath && (e.RequestMessage.Body ?? "").Contains("How+are+you+finding+it", StringComparison.Ordinal))),
                e => e is not null,
                TimeSpan.FromMinutes(3),
                "the check-in at the fake Twilio");

            // Never early: the sale was logged after beforeSale, and the check-in is due five seconds after it.
            // (How late it may be is not asserted: that is the machine's speed, not the bot's behaviour.)
            var after = checkIn!.RequestMessage.DateTime - beforeSale;
            Assert.True(after >= TimeSpan.FromSeconds(5) - TimeSpan.FromMilliseconds(100), $"check-in {after.TotalSeconds:F1}s after the sale\n{log}");
            Assert.Contains("To=%2B919876543210", checkIn.RequestMessage.Body, StringComparison.Ordinal);
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
