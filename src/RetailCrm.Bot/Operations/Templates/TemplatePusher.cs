using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Channels.Twilio.Content;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Messaging.Policy;

namespace RetailCrm.Bot.Operations.Templates;

/// <summary>
/// <c>templates push</c> and <c>templates status</c>: the WhatsApp templates in <c>bot-manifests/templates</c> created
/// at Twilio (Content API), submitted for WhatsApp's approval, and their ContentSids written to
/// <see cref="ContentSidsFile"/>, where the bot reads them at start.
/// <para>
/// Pushing again creates nothing twice: a template whose SID the bot already has (from the file or
/// <c>Twilio:ContentSids</c>) and that Twilio still knows is kept, else one with the same <c>friendly_name</c> in the
/// account is taken, and only then is one created. A template already submitted is not submitted again.
/// </para>
/// </summary>
public sealed class TemplatePusher(
    TwilioContentClient content,
    LoadedManifests manifests,
    IOptions<TwilioOptions> twilio,
    IOptions<ContentSidOptions> contentSids)
{
    public string FilePath => ContentSidsFile.PathIn(manifests.Folder);

    public async Task<TemplateReport> PushAsync(bool submit, CancellationToken ct)
    {
        if (NotConfigured() is { } refusal)
        {
            return refusal;
        }

        var rows = new List<TemplateRow>();
        var file = ReadFile() with { AccountSid = twilio.Value.AccountSid };
        // Listed once, and only when a template has no SID Twilio still knows.
        var listed = new Lazy<Task<TwilioResult<List<ContentResource>>>>(() => content.ListAsync(ct));
        foreach (var (template, body) in Templates())
        {
            var resolved = await ResolveAsync(template, body, listed, ct);
            if (resolved.Failure is { } failure)
            {
                rows.Add(failure);
                if (resolved.Fatal)
                {
                    break; // credentials or network: the rest would fail the same way
                }

                file.ContentSids.Remove(template.Kind); // a SID Twilio no longer has, or one with other words
                continue;
            }

            file.ContentSids[template.Kind] = resolved.Sid!;
            rows.Add(await ApproveAsync(template, resolved.Sid!, resolved.Action!, submit, ct));
        }

        if (file.ContentSids.Count > 0)
        {
            file.Write(FilePath);
        }

        return new TemplateReport(rows, file.ContentSids.Count > 0 ? FilePath : null);
    }

    public async Task<TemplateReport> StatusAsync(CancellationToken ct)
    {
        if (NotConfigured() is { } refusal)
        {
            return refusal;
        }

        var rows = new List<TemplateRow>();
        foreach (var (template, _) in Templates())
        {
            if (!contentSids.Value.ContentSids.TryGetValue(template.Kind, out var sid) || string.IsNullOrWhiteSpace(sid))
            {
                rows.Add(new TemplateRow(template.Kind, template.Name, null, TemplateState.Missing, "no ContentSid yet: run `templates push`"));
                continue;
            }

            var approval = await content.FetchApprovalAsync(sid, ct);
            rows.Add(approval.Ok
                ? Row(template, sid, approval.Value!.WhatsApp, null)
                : Failed(template, sid, approval.NotFound ? $"{sid} does not exist at Twilio: run `templates push`" : approval.Describe()));
            if (approval.Status == 0 || approval.Unauthorized)
            {
                break;
            }
        }

        return new TemplateReport(rows, null);
    }

    /// <summary>
    /// The template's Content at Twilio: the SID the bot already has, if Twilio still knows it; else one with the same
    /// friendly_name (and language); else a new one.
    /// </summary>
    private async Task<Resolution> ResolveAsync(
        MessageTemplate template, JsonObject body, Lazy<Task<TwilioResult<List<ContentResource>>>> listed, CancellationToken ct)
    {
        if (contentSids.Value.ContentSids.TryGetValue(template.Kind, out var stored) && !string.IsNullOrWhiteSpace(stored))
        {
            var fetched = await content.FetchAsync(stored, ct);
            if (fetched.Ok)
            {
                return SameBody(template, fetched.Value!, "kept");
            }

            if (!fetched.NotFound) // a 404 is a SID deleted at Twilio, or another account's: find or create it afresh
            {
                return Resolution.Stop(Failed(template, stored, "fetch failed: " + fetched.Describe() + CredentialsHint(fetched)));
            }
        }

        var all = await listed.Value;
        if (!all.Ok)
        {
            return Resolution.Stop(Failed(template, null, "listing the account's Content failed: " + all.Describe() + CredentialsHint(all)));
        }

        if (all.Value!.FirstOrDefault(c => c.FriendlyName == template.Name && (c.Language is null || c.Language == template.Language)) is { } named)
        {
            return SameBody(template, named, "found by friendly_name");
        }

        var created = await content.CreateAsync(body, ct);
        return created.Ok && !string.IsNullOrWhiteSpace(created.Value!.Sid)
            ? new Resolution(created.Value.Sid, "created", null, false)
            : new Resolution(null, null, Failed(template, null, "create failed: " + created.Describe() + CredentialsHint(created)), created.Status == 0 || created.Unauthorized);
    }

    /// <summary>Content cannot be edited at Twilio, so one whose text differs from the file is reported, not used.</summary>
    private static Resolution SameBody(MessageTemplate template, ContentResource found, string action) =>
        found.TextBody is { } existing && existing != template.Body
            ? new Resolution(null, null, Failed(template, found.Sid,
                $"{found.Sid} at Twilio has another body than templates/{template.Kind}.json; Content cannot be edited: delete it at Twilio or change friendly_name, then push again"), false)
            : new Resolution(found.Sid, action, null, false);

    private sealed record Resolution(string? Sid, string? Action, TemplateRow? Failure, bool Fatal)
    {
        public static Resolution Stop(TemplateRow failure) => new(null, null, failure, true);
    }

    private async Task<TemplateRow> ApproveAsync(MessageTemplate template, string sid, string action, bool submit, CancellationToken ct)
    {
        var approval = await content.FetchApprovalAsync(sid, ct);
        var whatsApp = approval.Ok ? approval.Value!.WhatsApp : null;
        if (whatsApp?.IsSubmitted == true || !submit)
        {
            return Row(template, sid, whatsApp, action);
        }

        var submitted = await content.SubmitForWhatsAppAsync(sid, template.Name, WhatsAppCategory(template), ct);
        return submitted.Ok
            ? Row(template, sid, submitted.Value, action + ", submitted")
            : Failed(template, sid, $"{action}; submitting for WhatsApp approval failed: {submitted.Describe()}");
    }

    private static TemplateRow Row(MessageTemplate template, string sid, WhatsAppApproval? approval, string? action)
    {
        var status = approval?.IsSubmitted == true ? approval.Status!.ToLowerInvariant() : "unsubmitted";
        var state = status switch
        {
            "approved" => TemplateState.Approved,
            "received" or "pending" or "in_review" => TemplateState.Pending,
            "unsubmitted" => TemplateState.Unsubmitted,
            _ => TemplateState.Rejected, // rejected, paused, disabled: WhatsApp will not deliver it
        };
        var detail = string.Join("; ", new[]
        {
            action,
            approval?.Category is { Length: > 0 } category ? category.ToUpperInvariant() : null,
            state == TemplateState.Rejected ? $"{status}: {(string.IsNullOrWhiteSpace(approval?.RejectionReason) ? "no reason given" : approval.RejectionReason)}" : status,
        }.Where(s => !string.IsNullOrEmpty(s)));
        return new TemplateRow(template.Kind, template.Name, sid, state, detail);
    }

    private static TemplateRow Failed(MessageTemplate template, string? sid, string reason) =>
        new(template.Kind, template.Name, sid, TemplateState.Failed, reason);

    private string CredentialsHint<T>(TwilioResult<T> result) =>
        result.Unauthorized ? $"; check {TwilioRest.CredentialKeys(twilio.Value)}" : "";

    /// <summary>WhatsApp's categories are upper case; the manifests say <c>utility</c> or <c>marketing</c>.</summary>
    public static string WhatsAppCategory(MessageTemplate template) => template.Category.ToUpperInvariant();

    private TemplateReport? NotConfigured() => twilio.Value.IsConfigured
        ? null
        : new TemplateReport(
            [new TemplateRow("", "", null, TemplateState.Failed, "Twilio is not configured (sandbox mode): set Twilio:AccountSid and Twilio:AuthToken")],
            null);

    private ContentSidsFile ReadFile()
    {
        var file = ContentSidsFile.Read(FilePath);
        return file is not null && file.BelongsTo(twilio.Value.AccountSid)
            ? file
            : new ContentSidsFile(twilio.Value.AccountSid, new SortedDictionary<string, string>(StringComparer.Ordinal));
    }

    /// <summary>
    /// Each template as the bot loaded it (checked at start), with the body Twilio is sent: the file as written, less
    /// the bot's own <c>x-retailcrm</c> object.
    /// </summary>
    private IEnumerable<(MessageTemplate Template, JsonObject Body)> Templates()
    {
        var folder = Path.Combine(manifests.Folder, BotManifests.TemplatesFolder);
        var bodies = Directory.EnumerateFiles(folder, "*.json")
            .Select(path => JsonNode.Parse(File.ReadAllText(path))!.AsObject())
            .ToDictionary(json => json["x-retailcrm"]!["kind"]!.GetValue<string>(), StringComparer.Ordinal);
        foreach (var template in manifests.Templates.All.OrderBy(t => t.Kind, StringComparer.Ordinal))
        {
            var body = bodies[template.Kind];
            body.Remove("x-retailcrm");
            yield return (template, body);
        }
    }
}

public enum TemplateState
{
    Approved,
    Pending,
    Unsubmitted,
    Missing,
    Rejected,
    Failed,
}

/// <summary>One template's line: its kind, friendly_name, SID and where it stands.</summary>
public sealed record TemplateRow(string Kind, string Name, string? Sid, TemplateState Status, string Detail);

public sealed record TemplateReport(IReadOnlyList<TemplateRow> Rows, string? WrittenTo)
{
    /// <summary>Something an operator must act on: a template that failed, was rejected or has no SID.</summary>
    public bool Failed => Rows.Any(r => r.Status is TemplateState.Failed or TemplateState.Rejected or TemplateState.Missing);

    public void WriteTo(TextWriter output)
    {
        foreach (var row in Rows)
        {
            var label = row.Status switch
            {
                TemplateState.Approved => "approved",
                TemplateState.Pending => "pending",
                TemplateState.Unsubmitted => "unsubmitted",
                TemplateState.Missing => "missing",
                TemplateState.Rejected => "REJECTED",
                _ => "FAIL",
            };
            output.WriteLine(row.Kind.Length == 0
                ? $"{label,-12} {row.Detail}"
                : $"{label,-12} {row.Kind,-14} {row.Sid ?? "-",-34}  {row.Detail}");
        }

        if (WrittenTo is not null)
        {
            output.WriteLine($"ContentSids written to {WrittenTo}; the bot reads them at start (Twilio:ContentSids:<kind> in configuration still wins).");
        }
    }
}
