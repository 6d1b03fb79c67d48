using System.Net;
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
        await using var bot = await RealBot.StartAsync(twilio, new Dictionary<string, string>
        {
            ["Twilio__WhatsAppFrom"] = "", // SMS only
            ["Engagement__PostPurchaseCheckInAfter"] = "00:00:05",
            ["Jobs__SendCheckInsJob__Cron"] = "0/2 * * * * ?",
        });

        var beforeSale = DateTime.UtcNow;
        var response = await TwilioWebhook.PostAsync(bot.Http, TwilioWebhooksApi.MessagesPath,
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
        Assert.True(after >= TimeSpan.FromSeconds(5) - TimeSpan.FromMilliseconds(100), $"check-in {after.TotalSeconds:F1}s after the sale\n{bot.Log}");
        Assert.Contains("To=%2B919876543210", checkIn.RequestMessage.Body, StringComparison.Ordinal);
    }
}
