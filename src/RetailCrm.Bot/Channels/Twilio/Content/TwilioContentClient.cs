using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace RetailCrm.Bot.Channels.Twilio.Content;

/// <summary>
/// Twilio's Content API (<c>https://content.twilio.com/v1</c>), for the WhatsApp templates: list, fetch and create
/// Content, submit one for WhatsApp approval and read its approval. JSON in and out, Basic auth as for messages. Retries
/// for 429 and 5xx are the HttpClient's resilience handler's (see <c>OperationsExtensions</c>).
/// </summary>
public sealed class TwilioContentClient(HttpClient http, IOptions<TwilioOptions> twilio)
{
    /// <summary>Twilio's largest page; a store has a handful of templates, so one page is the usual answer.</summary>
    private const int PageSize = 1000;

    public Task<TwilioResult<ContentResource>> FetchAsync(string contentSid, CancellationToken ct) =>
        SendAsync<ContentResource>(HttpMethod.Get, $"v1/Content/{Uri.EscapeDataString(contentSid)}", null, ct);

    /// <summary>Every Content of the account, following <c>meta.next_page_url</c>.</summary>
    public async Task<TwilioResult<List<ContentResource>>> ListAsync(CancellationToken ct)
    {
        var all = new List<ContentResource>();
        string? next = $"v1/Content?PageSize={PageSize}";
        while (next is not null)
        {
            var page = await SendAsync<ContentPage>(HttpMethod.Get, next, null, ct);
            if (!page.Ok)
            {
                return new TwilioResult<List<ContentResource>>(page.Status, null, page.Error);
            }

            all.AddRange(page.Value!.Contents ?? []);
            // Twilio gives the next page as an absolute URL on its own host; keep its path and query on ours.
            next = page.Value.Meta?.NextPageUrl is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                ? uri.PathAndQuery.TrimStart('/')
                : null;
        }

        return new TwilioResult<List<ContentResource>>(200, all, null);
    }

    /// <summary><c>POST /v1/Content</c> with the template's body (Twilio's fields only); 201 with the new HX... SID.</summary>
    public Task<TwilioResult<ContentResource>> CreateAsync(JsonObject content, CancellationToken ct) =>
        SendAsync<ContentResource>(HttpMethod.Post, "v1/Content", JsonContent.Create(content), ct);

    /// <summary><c>POST /v1/Content/{sid}/ApprovalRequests/whatsapp</c>: <c>name</c> and a WhatsApp <c>category</c> (UTILITY, MARKETING).</summary>
    public Task<TwilioResult<WhatsAppApproval>> SubmitForWhatsAppAsync(string contentSid, string name, string category, CancellationToken ct) =>
        SendAsync<WhatsAppApproval>(
            HttpMethod.Post,
            $"v1/Content/{Uri.EscapeDataString(contentSid)}/ApprovalRequests/whatsapp",
            JsonContent.Create(new ApprovalRequest(name, category)),
            ct);

    /// <summary><c>GET /v1/Content/{sid}/ApprovalRequests</c>: WhatsApp's verdict on the template so far.</summary>
    public Task<TwilioResult<ApprovalFetch>> FetchApprovalAsync(string contentSid, CancellationToken ct) =>
        SendAsync<ApprovalFetch>(HttpMethod.Get, $"v1/Content/{Uri.EscapeDataString(contentSid)}/ApprovalRequests", null, ct);

    private async Task<TwilioResult<T>> SendAsync<T>(HttpMethod method, string path, HttpContent? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body };
        request.Headers.Authorization = TwilioRest.BasicAuth(twilio.Value);
        return await TwilioRest.SendAsync<T>(http, request, ct);
    }

    private sealed record ApprovalRequest(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("category")] string Category);

    private sealed record ContentPage(
        [property: JsonPropertyName("contents")] List<ContentResource>? Contents,
        [property: JsonPropertyName("meta")] PageMeta? Meta);

    private sealed record PageMeta([property: JsonPropertyName("next_page_url")] string? NextPageUrl);
}

/// <summary>A Content resource (HX...). <see cref="Types"/> holds e.g. <c>{"twilio/text": {"body": "..."}}</c>.</summary>
public sealed record ContentResource(
    [property: JsonPropertyName("sid")] string? Sid,
    [property: JsonPropertyName("account_sid")] string? AccountSid,
    [property: JsonPropertyName("friendly_name")] string? FriendlyName,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("types")] JsonObject? Types)
{
    /// <summary>The <c>twilio/text</c> body, which is what the bot's templates are.</summary>
    public string? TextBody => Types?["twilio/text"]?["body"]?.GetValue<string>();
}

public sealed record ApprovalFetch(
    [property: JsonPropertyName("sid")] string? Sid,
    [property: JsonPropertyName("whatsapp")] WhatsAppApproval? WhatsApp);

/// <summary>
/// WhatsApp's approval of one template: <see cref="Status"/> is <c>unsubmitted</c>, <c>received</c>, <c>pending</c>,
/// <c>approved</c>, <c>rejected</c>, <c>paused</c> or <c>disabled</c>; a rejection says why.
/// </summary>
public sealed record WhatsAppApproval(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("category")] string? Category,
    [property: JsonPropertyName("content_type")] string? ContentType,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("rejection_reason")] string? RejectionReason)
{
    public bool IsSubmitted => !string.IsNullOrWhiteSpace(Status) && !string.Equals(Status, "unsubmitted", StringComparison.OrdinalIgnoreCase);
}
