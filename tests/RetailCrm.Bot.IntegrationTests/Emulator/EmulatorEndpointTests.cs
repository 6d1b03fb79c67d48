using System.Net;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Channels.Sandbox.Emulator;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Emulator;

/// <summary>
/// The emulator page's endpoints, without a browser: where they exist, who they answer, and what the live feed says
/// about a message that went out as a WhatsApp template. The page itself is in <see cref="EmulatorPageTests"/>.
/// </summary>
public sealed class EmulatorEndpointTests
{
    private const string TeamNotifierKind = Core.Staff.TeamNotifier.Kind;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData(EmulatorApi.Path)]
    [InlineData(EmulatorApi.Path + "/feed")]
    [InlineData(EmulatorApi.Path + "/parties")]
    public async Task The_emulator_does_not_exist_when_twilio_is_configured(string path)
    {
        using var twilio = new FakeTwilio();
        await using var app = await BotApp.StartAsync(Db.Sqlite, twilio);
        using var client = app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_emulator_answers_only_this_machine()
    {
        await using var app = await BotApp.StartAsync(Db.Sqlite, services: ClientAddress.FromHeader);
        using var client = app.CreateClient();

        var local = await client.GetAsync(EmulatorApi.Path);
        using var fromAnotherMachine = new HttpRequestMessage(HttpMethod.Get, EmulatorApi.Path).From(ClientAddress.Remote);
        var remote = await client.SendAsync(fromAnotherMachine);
        // A web page whose own name points at 127.0.0.1 (DNS rebinding) connects from here, but names its own host.
        using var rebound = new HttpRequestMessage(HttpMethod.Get, EmulatorApi.Path + "/parties");
        rebound.Headers.Host = "attacker.example";
        var viaAnotherName = await client.SendAsync(rebound);

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Equal("text/html", local.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", string.Join(",", local.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, remote.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viaAnotherName.StatusCode);
    }

    [Fact]
    public async Task A_whatsapp_message_sent_as_a_template_shows_in_the_feed_as_whatsapp_shows_it()
    {
        var manifests = ManifestsWithQuickReplies(TeamNotifierKind, ["On my way", "Call me"]);
        try
        {
            await using var app = await BotApp.StartAsync(Db.Sqlite, settings: new Dictionary<string, string?>
            {
                ["Manifests:Path"] = manifests,
                [$"Twilio:ContentSids:{TeamNotifierKind}"] = "HX0123456789abcdef0123456789abcdef",
            });
            using var client = app.CreateClient();
            using var watching = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            using var feed = await client.GetAsync(EmulatorApi.Path + "/feed", HttpCompletionOption.ResponseHeadersRead, watching.Token);
            Assert.Equal("text/event-stream", feed.Content.Headers.ContentType?.MediaType);
            var events = SseParser.Create(await feed.Content.ReadAsStreamAsync(watching.Token), (_, data) => JsonSerializer.Deserialize<FeedMessage>(data, Json)!)
                .EnumerateAsync(watching.Token)
                .GetAsyncEnumerator(watching.Token);

            // Ramesh has never written on WhatsApp, so the 24-hour window is shut: only the approved template may go.
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var proactive = scope.ServiceProvider.GetRequiredService<ProactiveMessages>();
                await proactive.QueueToAsync("+919123409876", MessageChannel.WhatsApp, null, TeamNotifierKind, MessagePurpose.Transactional,
                    "emulator-test", new Dictionary<string, string> { ["text"] = "Priya (+91 98765 43210) would like to talk to a person." }, watching.Token);
                await scope.ServiceProvider.GetRequiredService<ICrmDbContext>().SaveChangesAsync(watching.Token);
            }

            Assert.True(await events.MoveNextAsync(), "the feed ended before the message was sent");
            var item = events.Current;
            Assert.Equal("outbound", item.EventType);
            var shown = item.Data;
            Assert.Equal("+919123409876", shown.To);
            Assert.Equal("+91 91234 09876", shown.ToDisplay);
            Assert.Equal("WhatsApp", shown.Channel);
            Assert.Equal(TeamNotifierKind, shown.Kind);
            Assert.Equal(
                "Team alert from the Kapoor Fashions assistant:\nPriya (+91 98765 43210) would like to talk to a person.\nSend HELP to see what I can do.",
                shown.Body);
            var template = Assert.IsType<FeedTemplate>(shown.Template);
            Assert.Equal("retailcrm_team_alert", template.Name);
            Assert.Equal("HX0123456789abcdef0123456789abcdef", template.ContentSid);
            Assert.Equal([new FeedButton("On my way", "quick_reply"), new FeedButton("Call me", "quick_reply")], template.Buttons);
            Assert.EndsWith("-1", item.EventId, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(manifests, recursive: true);
        }
    }

    /// <summary>A copy of the built bot-manifests whose <paramref name="kind"/> template also has WhatsApp quick replies.</summary>
    private static string ManifestsWithQuickReplies(string kind, string[] titles)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "bot-manifests");
        var copy = Directory.CreateTempSubdirectory("retailcrm-manifests-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var path = Path.Combine(copy, "templates", kind + ".json");
        var template = JsonNode.Parse(File.ReadAllText(path))!;
        var types = template["types"]!.AsObject();
        types["twilio/quick-reply"] = new JsonObject
        {
            ["body"] = types["twilio/text"]!["body"]!.GetValue<string>(),
            ["actions"] = new JsonArray([.. titles.Select((t, i) => (JsonNode)new JsonObject { ["title"] = t, ["id"] = $"button_{i}" })]),
        };
        File.WriteAllText(path, template.ToJsonString());
        return copy;
    }
}
