using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using RetailCrm.Bot.Media;

namespace RetailCrm.Bot.IntegrationTests.Insights;

/// <summary>
/// Charts where the owner would rather look: on WhatsApp the week's summary, the segments and an offer's report go with
/// a PNG that Twilio fetches from a signed link, which stops working after Media:UrlLifetime (a day); by SMS the same
/// words go alone.
/// </summary>
public abstract class ReportChartTests(Db db) : InsightsTestBase(db)
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [InlineData("summary this week")]
    [InlineData("summary this month")]
    [InlineData("segments")]
    [InlineData("how did the diwali offer do")]
    public async Task On_whatsapp_the_report_goes_with_a_chart_twilio_can_fetch(string text)
    {
        await SeedStoreAsync();
        await SeedOffersAsync();

        var reply = await Chat.AskAsync(Owner, text);

        var sent = Assert.Single(Chat.SentTo(Owner));
        Assert.Equal(reply, sent.Body);
        Assert.StartsWith(TestSettings.PublicBaseUrl + MediaApi.Path + "/", sent.Form["MediaUrl"], StringComparison.Ordinal);
        using var chart = await Client.GetAsync(new Uri(sent.Form["MediaUrl"]).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PngSignature, (await chart.Content.ReadAsByteArrayAsync())[..8]);
    }

    [Fact]
    public async Task A_chart_link_works_until_it_expires_and_a_forged_one_never()
    {
        await SeedStoreAsync();
        await Chat.AskAsync(Owner, "summary this week");
        var path = new Uri(Assert.Single(Chat.SentTo(Owner)).Form["MediaUrl"]).PathAndQuery;
        var token = path[(MediaApi.Path.Length + 1)..];

        using (var fresh = await Client.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
            Assert.True(fresh.Headers.CacheControl is { Private: true, MaxAge: { } maxAge } && maxAge <= TimeSpan.FromDays(1), fresh.Headers.CacheControl?.ToString());
        }

        // Another byte in the signature, or a link the app signed for a file it does not have: the same 404 as expired.
        var forged = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        var unknown = App.Services.GetRequiredService<MediaTokens>().Create(Guid.NewGuid(), Now.AddHours(1));
        foreach (var wrong in new[] { forged, unknown, "not-a-token" })
        {
            using var refused = await Client.GetAsync(MediaApi.PathFor(wrong));
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        using (var lastSecond = await Client.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, lastSecond.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), lastSecond.Headers.CacheControl?.MaxAge);
        }

        Clock.Advance(TimeSpan.FromSeconds(1));
        using var expired = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public async Task By_sms_the_owner_gets_the_same_words_and_no_chart()
    {
        await SeedStoreAsync();
        await SeedOffersAsync();

        foreach (var text in new[] { "summary this week", "segments", "how did the diwali offer do" })
        {
            var bySms = await Chat.AskAsync(Owner, text, MessageChannel.Sms);
            var byWhatsApp = await Chat.AskAsync(Owner, text);
            Assert.Equal(WithoutUnaskedCount(byWhatsApp), WithoutUnaskedCount(bySms));
        }

        var sent = Chat.SentTo(Owner);
        Assert.All(sent.Where(s => s.To == Owner), s => Assert.False(s.Form.ContainsKey("MediaUrl"), s.Body));
        Assert.All(sent.Where(s => s.To != Owner), s => Assert.True(s.Form.ContainsKey("MediaUrl"), s.Body));
        Assert.Equal(3, await App.QueryAsync(d => d.MediaFiles.CountAsync())); // none drawn for SMS
    }

    [Fact]
    public async Task A_single_days_summary_is_words_alone()
    {
        await SeedStoreAsync();

        await Chat.AskAsync(Owner, "summary today");
        await Chat.AskAsync(Owner, "summary yesterday");

        Assert.All(Chat.SentTo(Owner), s => Assert.False(s.Form.ContainsKey("MediaUrl"), s.Body));
        Assert.Equal(0, await App.QueryAsync(d => d.MediaFiles.CountAsync()));
    }

    [Fact]
    public async Task Expired_charts_are_deleted_by_the_retention_job()
    {
        await SeedStoreAsync();
        await Chat.AskAsync(Owner, "summary this week");
        var replyId = await App.QueryAsync(d => d.OutboundMessages.Where(m => m.MediaId != null).Select(m => m.Id).SingleAsync());

        Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await Jobs.RunAsync(App, Core.Engagement.EngagementJobs.ApplyRetention);

        Assert.Equal(0, await App.QueryAsync(d => d.MediaFiles.CountAsync()));
        Assert.Null(await App.QueryAsync(d => d.OutboundMessages.Where(m => m.Id == replyId).Select(m => m.MediaId).SingleAsync()));
    }

    /// <summary>
    /// The summary's count of messages sent unasked, taken out: the scheduler's jobs may fire as the app starts (a
    /// missed cron time in the test database fires at once) and send the seeded buyers' check-ins between the two
    /// questions, which changes that count, not the words the two channels share.
    /// </summary>
    private static string WithoutUnaskedCount(string reply) =>
        string.Join('\n', reply.Split('\n').Where(line => !line.StartsWith("Messages sent unasked:", StringComparison.Ordinal)));
}

public sealed class SqliteReportChartTests() : ReportChartTests(Db.Sqlite);

public sealed class PostgresReportChartTests() : ReportChartTests(Db.Postgres);
