using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace RetailCrm.Bot.IntegrationTests.Operations;

/// <summary>
/// WireMock.Net as Twilio's Content API (content.twilio.com), holding what was created, shaped as Twilio documents it:
/// <c>POST /v1/Content</c> answers 201 with the resource and an HX SID; <c>GET /v1/Content</c> pages under
/// <c>contents</c> and <c>meta</c>; <c>GET /v1/Content/{sid}/ApprovalRequests</c> has a <c>whatsapp</c> object;
/// unknown SIDs get Twilio's 404 error JSON.
/// </summary>
public sealed class FakeContentApi : IDisposable
{
    private static readonly RegexMatcher OneContent = new(@"^/v1/Content/HX[0-9a-fA-F]{32}$");
    private static readonly RegexMatcher Approvals = new(@"^/v1/Content/HX[0-9a-fA-F]{32}/ApprovalRequests$");
    private static readonly RegexMatcher Submit = new(@"^/v1/Content/HX[0-9a-fA-F]{32}/ApprovalRequests/whatsapp$");

    private readonly ConcurrentDictionary<string, JsonObject> _contents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> _approvals = new(StringComparer.Ordinal);
    private int _sids;

    public FakeContentApi()
    {
        Server = WireMockServer.Start();
        Server.Given(Request.Create().WithPath("/v1/Content").UsingGet()).RespondWith(Response.Create().WithCallback(_ => List()));
        Server.Given(Request.Create().WithPath("/v1/Content").UsingPost()).RespondWith(Response.Create().WithCallback(Create));
        Server.Given(Request.Create().WithPath(OneContent).UsingGet()).RespondWith(Response.Create().WithCallback(Fetch));
        Server.Given(Request.Create().WithPath(Approvals).UsingGet()).RespondWith(Response.Create().WithCallback(FetchApproval));
        Server.Given(Request.Create().WithPath(Submit).UsingPost()).RespondWith(Response.Create().WithCallback(SubmitForApproval));
    }

    public WireMockServer Server { get; }

    public string Url => Server.Url!;

    /// <summary>A Content the account already has, as if made by hand in Twilio's console.</summary>
    public string Add(string friendlyName, string body, string language = "en")
    {
        var sid = NewSid();
        _contents[sid] = Resource(sid, new JsonObject
        {
            ["friendly_name"] = friendlyName,
            ["language"] = language,
            ["variables"] = new JsonObject(),
            ["types"] = new JsonObject { ["twilio/text"] = new JsonObject { ["body"] = body } },
        });
        return sid;
    }

    /// <summary>WhatsApp's verdict so far on <paramref name="sid"/>: approved, pending, rejected (with a reason)...</summary>
    public void SetApproval(string sid, string status, string category = "UTILITY", string reason = "") =>
        _approvals[sid] = Approval(_contents.TryGetValue(sid, out var c) ? c["friendly_name"]!.GetValue<string>() : "template", category, status, reason);

    /// <summary>The JSON bodies the client POSTed to <paramref name="path"/> (or to any path ending so), in order.</summary>
    public IReadOnlyList<JsonObject> Posted(Func<string, bool> path) => Server.LogEntries
        .Where(e => e.RequestMessage.Method == "POST" && path(e.RequestMessage.Path))
        .OrderBy(e => e.RequestMessage.DateTime)
        .Select(e => JsonNode.Parse(e.RequestMessage.Body!)!.AsObject())
        .ToList();

    public IReadOnlyList<JsonObject> Created => Posted(p => p == "/v1/Content");

    public IReadOnlyList<JsonObject> Submitted => Posted(p => p.EndsWith("/ApprovalRequests/whatsapp", StringComparison.Ordinal));

    public IReadOnlyList<string?> Authorizations => Server.LogEntries
        .Select(e => e.RequestMessage.Headers?.TryGetValue("Authorization", out var auth) == true ? auth.ToString() : null)
        .ToList();

    private ResponseMessage List() => Json(200, new JsonObject
    {
        ["contents"] = new JsonArray([.. _contents.Values.Select(c => c.DeepClone())]),
        ["meta"] = new JsonObject
        {
            ["page"] = 0,
            ["page_size"] = 1000,
            ["first_page_url"] = "https://content.twilio.com/v1/Content?PageSize=1000&Page=0",
            ["previous_page_url"] = null,
            ["url"] = "https://content.twilio.com/v1/Content?PageSize=1000&Page=0",
            ["next_page_url"] = null,
            ["key"] = "contents",
        },
    });

    private ResponseMessage Create(IRequestMessage request)
    {
        var body = JsonNode.Parse(request.Body!)!.AsObject();
        var sid = NewSid();
        _contents[sid] = Resource(sid, body);
        return Json(201, _contents[sid]);
    }

    private ResponseMessage Fetch(IRequestMessage request) =>
        _contents.TryGetValue(SidIn(request.Path), out var content) ? Json(200, content) : NotFound(request.Path);

    private ResponseMessage FetchApproval(IRequestMessage request)
    {
        var sid = SidIn(request.Path);
        if (!_contents.ContainsKey(sid))
        {
            return NotFound(request.Path);
        }

        return Json(200, new JsonObject
        {
            ["sid"] = sid,
            ["account_sid"] = TestSettings.AccountSid,
            ["url"] = $"https://content.twilio.com/v1/Content/{sid}/ApprovalRequests",
            ["whatsapp"] = _approvals.TryGetValue(sid, out var approval)
                ? approval.DeepClone()
                : Approval("", "", "unsubmitted", ""),
        });
    }

    private ResponseMessage SubmitForApproval(IRequestMessage request)
    {
        var sid = SidIn(request.Path);
        var body = JsonNode.Parse(request.Body!)!.AsObject();
        _approvals[sid] = Approval(body["name"]!.GetValue<string>(), body["category"]!.GetValue<string>(), "received", "");
        var answer = (JsonObject)_approvals[sid].DeepClone();
        answer.Remove("type");
        return Json(201, answer);
    }

    private static JsonObject Approval(string name, string category, string status, string reason) => new()
    {
        ["type"] = "whatsapp",
        ["name"] = name,
        ["category"] = category,
        ["content_type"] = "twilio/text",
        ["status"] = status,
        ["rejection_reason"] = reason,
        ["allow_category_change"] = true,
    };

    private static JsonObject Resource(string sid, JsonObject body)
    {
        var now = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["sid"] = sid,
            ["account_sid"] = TestSettings.AccountSid,
            ["friendly_name"] = body["friendly_name"]?.DeepClone(),
            ["language"] = body["language"]?.DeepClone(),
            ["variables"] = body["variables"]?.DeepClone(),
            ["types"] = body["types"]?.DeepClone(),
            ["date_created"] = now,
            ["date_updated"] = now,
            ["url"] = $"https://content.twilio.com/v1/Content/{sid}",
            ["links"] = new JsonObject
            {
                ["approval_create"] = $"https://content.twilio.com/v1/Content/{sid}/ApprovalRequests/whatsapp",
                ["approval_fetch"] = $"https://content.twilio.com/v1/Content/{sid}/ApprovalRequests",
            },
        };
    }

    private string NewSid() => "HX" + Interlocked.Increment(ref _sids).ToString("x32", CultureInfo.InvariantCulture);

    private static string SidIn(string path) => path.Split('/')[3];

    private static ResponseMessage NotFound(string path) => Json(404, new JsonObject
    {
        ["code"] = 20404,
        ["message"] = $"The requested resource {path} was not found",
        ["more_info"] = "https://www.twilio.com/docs/errors/20404",
        ["status"] = 404,
    });

    private static ResponseMessage Json(int status, JsonNode body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = body.ToJsonString() },
    };

    public void Dispose() => Server.Stop();
}
