using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Core.Messaging.Policy;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using RetailCrm.Bot.Operations;
using RetailCrm.Bot.Operations.Templates;

namespace RetailCrm.Bot.IntegrationTests.Operations;

/// <summary>
/// <c>templates push</c> and <c>status</c> against WireMock as Twilio's Content API, on a copy of the bot's manifests
/// folder (the ContentSids file is written into it), then the real app started on that folder.
/// </summary>
public sealed class TemplatesTests : IAsyncLifetime
{
    private static readonly string[] Marketing = ["offer", "reengagement"];

    private readonly FakeTwilio _twilio = new();
    private readonly FakeContentApi _content = new();
    private readonly string _manifests = Directory.CreateTempSubdirectory("retailcrm-manifests-").FullName;
    private Dictionary<string, string?> _settings = null!;

    public async Task InitializeAsync()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "bot-manifests");
        foreach (var file in Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_manifests, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        _settings = await OpsHost.SettingsAsync(Db.Sqlite, _twilio, _content);
        _settings["Manifests:Path"] = _manifests;
    }

    [Fact]
    public async Task Push_creates_each_template_submits_it_and_writes_the_sids_the_app_then_sends_with()
    {
        var report = await PushAsync();

        Assert.All(report.Rows, r => Assert.Equal(TemplateState.Pending, r.Status));
        Assert.Equal(7, _content.Created.Count);
        foreach (var created in _content.Created)
        {
            // The file as written, less the bot's own x-retailcrm object: friendly_name, language, variables, types.
            var kind = created["friendly_name"]!.GetValue<string>()["retailcrm_".Length..];
            var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_manifests, "templates", kind + ".json")))!.AsObject();
            expected.Remove("x-retailcrm");
            Assert.True(JsonNode.DeepEquals(expected, created), $"{kind}: sent {created.ToJsonString()}");
            Assert.NotNull(created["types"]!["twilio/text"]!["body"]);
        }

        Assert.Equal(
            report.Rows.Select(r => (r.Name, Marketing.Contains(r.Kind) ? "MARKETING" : "UTILITY")).Order(),
            _content.Submitted.Select(s => (s["name"]!.GetValue<string>(), s["category"]!.GetValue<string>())).Order());
        Assert.All(_content.Authorizations, a => Assert.Equal(TestSettings.BasicAuth, a));

        var file = ContentSidsFile.Read(Path.Combine(_manifests, ContentSidsFile.FileName))!;
        Assert.Equal(TestSettings.AccountSid, file.AccountSid);
        Assert.Equal(report.Rows.ToDictionary(r => r.Kind, r => r.Sid!), file.ContentSids);

        // The bot, started on that folder, sends WhatsApp templates with those SIDs and no configuration of its own.
        var settings = new Dictionary<string, string?>(_settings);
        await using var app = await BotApp.StartAsync(Db.Sqlite, _twilio, settings, services => services.AddOperations());
        var resolver = app.Services.GetRequiredService<ITemplateResolver>();
        Assert.True(resolver.TryResolve("offer", """{"name":"Priya","offer":"10% off","store":"Kapoor Fashions"}""", out var sid, out var variables));
        Assert.Equal(file.ContentSids["offer"], sid);
        Assert.Equal("""{"1":"Priya","2":"10% off","3":"Kapoor Fashions"}""", variables);
    }

    [Fact]
    public async Task Pushing_again_creates_and_submits_nothing_more()
    {
        var first = await PushAsync();
        var second = await PushAsync();

        Assert.Equal(7, _content.Created.Count);
        Assert.Equal(7, _content.Submitted.Count);
        Assert.Equal(first.Rows.Select(r => r.Sid), second.Rows.Select(r => r.Sid));
        Assert.All(second.Rows, r => Assert.StartsWith("kept;", r.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_template_already_at_twilio_is_taken_by_friendly_name_and_one_with_another_text_is_refused()
    {
        var offer = _content.Add("retailcrm_offer", await BodyAsync("offer"));
        _content.SetApproval(offer, "approved", "MARKETING");
        var stale = _content.Add("retailcrm_checkin", "Hi {{1}}, an old wording of the check-in.");

        var report = await PushAsync();

        var offerRow = Assert.Single(report.Rows, r => r.Kind == "offer");
        Assert.Equal((offer, TemplateState.Approved, "found by friendly_name; MARKETING; approved"), (offerRow.Sid, offerRow.Status, offerRow.Detail));
        var checkin = Assert.Single(report.Rows, r => r.Kind == "checkin");
        Assert.Equal((stale, TemplateState.Failed), (checkin.Sid, checkin.Status));
        Assert.Contains("has another body than templates/checkin.json", checkin.Detail, StringComparison.Ordinal);
        Assert.Equal(5, _content.Created.Count); // neither offer nor checkin
        Assert.DoesNotContain(_content.Submitted, s => s["name"]!.GetValue<string>() is "retailcrm_offer" or "retailcrm_checkin");
        var file = ContentSidsFile.Read(Path.Combine(_manifests, ContentSidsFile.FileName))!;
        Assert.Equal(offer, file.ContentSids["offer"]);
        Assert.False(file.ContentSids.ContainsKey("checkin"));
    }

    [Fact]
    public async Task Status_shows_approved_pending_and_rejected_with_the_reason()
    {
        var offer = _content.Add("retailcrm_offer", await BodyAsync("offer"));
        var checkin = _content.Add("retailcrm_checkin", await BodyAsync("checkin"));
        var alert = _content.Add("retailcrm_stock_alert", await BodyAsync("stock_alert"));
        _content.SetApproval(offer, "approved", "MARKETING");
        _content.SetApproval(checkin, "rejected", "UTILITY", "The variable parameters are not formatted correctly");
        _content.SetApproval(alert, "pending", "UTILITY");
        _settings["Twilio:ContentSids:offer"] = offer;
        _settings["Twilio:ContentSids:checkin"] = checkin;
        _settings["Twilio:ContentSids:stock_alert"] = alert;

        await using var app = OpsHost.Build(_settings);
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<TemplatePusher>().StatusAsync(CancellationToken.None);
        using var output = new StringWriter();
        report.WriteTo(output);
        var lines = output.ToString().Split(Environment.NewLine);

        Assert.Contains($"approved     offer          {offer}  MARKETING; approved", lines);
        Assert.Contains($"REJECTED     checkin        {checkin}  UTILITY; rejected: The variable parameters are not formatted correctly", lines);
        Assert.Contains($"pending      stock_alert    {alert}  UTILITY; pending", lines);
        Assert.Contains(lines, l => l.StartsWith("missing      team_alert", StringComparison.Ordinal) && l.EndsWith("run `templates push`", StringComparison.Ordinal));
        Assert.True(report.Failed);
        Assert.Empty(_content.Created);
    }

    private async Task<TemplateReport> PushAsync()
    {
        await using var app = OpsHost.Build(_settings);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TemplatePusher>().PushAsync(submit: true, CancellationToken.None);
    }

    private async Task<string> BodyAsync(string kind) =>
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_manifests, "templates", kind + ".json")))!["types"]!["twilio/text"]!["body"]!.GetValue<string>();

    public Task DisposeAsync()
    {
        _twilio.Dispose();
        _content.Dispose();
        Directory.Delete(_manifests, recursive: true);
        return Task.CompletedTask;
    }
}
