using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>WireMock.Net standing in for Twilio's REST API; each test gets its own server.</summary>
public sealed class FakeTwilio : IDisposable
{
    private int _sidCounter;

    public FakeTwilio()
    {
        Server = WireMockServer.Start();
        AcceptEverything();
    }

    public WireMockServer Server { get; }

    public string Url => Server.Url!;

    public static string MessagesPath => $"/2010-04-01/Accounts/{TestSettings.AccountSid}/Messages.json";

    /// <summary>
    /// Answers every send with 201 and a fresh SM... SID, as Twilio does, and lists what it accepted when asked
    /// (<c>GET Messages.json?To=...</c>), newest first.
    /// </summary>
    public void AcceptEverything(TimeSpan? sendDelay = null)
    {
        Server.ResetMappings();
        var created = Response.Create().WithCallback(_ => Created());
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(sendDelay is { } delay ? created.WithDelay(delay) : created);
        Server.Given(Request.Create().WithPath(MessagesPath).UsingGet())
            .AtPriority(100) // below the answers a test sets up (lower numbers win)
            .RespondWith(Response.Create().WithCallback(request => Listed(request.Query is { } query && query.TryGetValue("To", out var to) ? to.FirstOrDefault() ?? "" : "")));
    }

    /// <summary>
    /// Holds every send until <paramref name="release"/> completes, then accepts it as <paramref name="sid"/>, so that a
    /// test can make something happen while a send is in flight; <paramref name="held"/> completes when one is held.
    /// </summary>
    public void HoldSends(Task release, TaskCompletionSource held, string sid)
    {
        Server.ResetMappings();
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithCallback(_ =>
            {
                held.TrySetResult();
                release.Wait(TimeSpan.FromMinutes(2)); // WireMock's callbacks are synchronous
                return Created(sid);
            }));
    }

    /// <summary>The list Twilio answers with for one recipient, as if this message had gone out before.</summary>
    public void AlreadySent(string to, string body, string sid) =>
        Server.Given(Request.Create().WithPath(MessagesPath).UsingGet().WithParam("To", to))
            .AtPriority(1)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Page([(sid, to, body)])));

    /// <summary>Every list request fails, as when Twilio's API is down.</summary>
    public void ListingFails() =>
        Server.Given(Request.Create().WithPath(MessagesPath).UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(503));

    /// <summary>The GETs the bot made to ask what was sent.</summary>
    public int Lookups => Server.LogEntries.Count(e => e.RequestMessage.Path == MessagesPath && e.RequestMessage.Method == "GET");

    /// <summary>The first send is answered 429 with Retry-After, the rest 201.</summary>
    public void RateLimitOnce()
    {
        Server.ResetMappings();
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .InScenario("rate-limit").WillSetStateTo("limited")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1")
                .WithHeader("Content-Type", "application/json")
                .WithBody("""{"code":20429,"message":"Too Many Requests","status":429}"""));
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .InScenario("rate-limit").WhenStateIs("limited")
            .RespondWith(Response.Create().WithCallback(_ => Created()));
    }

    /// <summary>Every send is refused with a Twilio error, as for an invalid or opted-out number.</summary>
    public void RefuseWith(int status, int code, string message)
    {
        Server.ResetMappings();
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"code":{{code}},"message":"{{message}}","more_info":"https://www.twilio.com/docs/errors/{{code}}","status":{{status}}}"""));
    }

    /// <summary>Free-form WhatsApp messages are refused with 63016 (outside the 24-hour window); templates and SMS pass.</summary>
    public void RefuseFreeFormWith63016()
    {
        Server.ResetMappings();
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost()
                .WithBody(new WireMock.Matchers.RegexMatcher("To=whatsapp%3A.*Body=|Body=.*To=whatsapp%3A")))
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody("""{"code":63016,"message":"Failed to send freeform message because you are outside the allowed window.","status":400}"""));
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .AtPriority(10)
            .RespondWith(Response.Create().WithCallback(_ => Created()));
    }

    /// <summary>Every POST to the Messages resource, answered or not, in order.</summary>
    public IReadOnlyList<SentRequest> Requests => Server.LogEntries
        .Where(e => e.RequestMessage.Path == MessagesPath && e.RequestMessage.Method == "POST")
        .OrderBy(e => e.RequestMessage.DateTime)
        .Select(e => new SentRequest(
            QueryHelpers.ParseQuery(e.RequestMessage.Body ?? "").ToDictionary(p => p.Key, p => p.Value.ToString()),
            e.RequestMessage.Headers?.TryGetValue("Authorization", out var auth) == true ? auth.ToString() : null,
            e.ResponseMessage.StatusCode is int code ? code : 0))
        .ToList();

    /// <summary>The messages Twilio accepted.</summary>
    public IReadOnlyList<SentRequest> Sent => Requests.Where(r => r.Status == (int)HttpStatusCode.Created).ToList();

    public Task<IReadOnlyList<SentRequest>> WaitForSentAsync(int count, TimeSpan? timeout = null) =>
        Eventually.ValueAsync(() => Task.FromResult(Sent), sent => sent.Count >= count, timeout, $"{count} message(s) sent to Twilio");

    private ResponseMessage Listed(string to)
    {
        var sent = Server.LogEntries
            .Where(e => e.RequestMessage.Path == MessagesPath && e.RequestMessage.Method == "POST" && e.ResponseMessage.StatusCode is 201)
            .OrderByDescending(e => e.RequestMessage.DateTime)
            .Select(e => (Form: QueryHelpers.ParseQuery(e.RequestMessage.Body ?? ""), Response: e.ResponseMessage.BodyData?.BodyAsString ?? ""))
            .Where(e => e.Form["To"].ToString() == to)
            .Select(e => (Sid: System.Text.Json.JsonDocument.Parse(e.Response).RootElement.GetProperty("sid").GetString()!, To: to, Body: e.Form["Body"].ToString()))
            .ToList();
        return new ResponseMessage
        {
            StatusCode = 200,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
            BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = Page(sent) },
        };
    }

    private static string Page(IEnumerable<(string Sid, string To, string Body)> messages) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            messages = messages.Select(m => new Dictionary<string, object?>
            {
                ["sid"] = m.Sid,
                ["to"] = m.To,
                ["from"] = TestSettings.SmsFrom,
                ["body"] = m.Body,
                ["status"] = "sent",
                ["direction"] = "outbound-api",
                ["date_created"] = DateTimeOffset.UtcNow.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            }),
            page = 0,
        });

    private ResponseMessage Created(string? sid = null)
    {
        sid ??= "SM" + Interlocked.Increment(ref _sidCounter).ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
        return new ResponseMessage
        {
            StatusCode = 201,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
            BodyData = new BodyData
            {
                DetectedBodyType = BodyType.String,
                BodyAsString = $$"""{"sid":"{{sid}}","status":"queued","error_code":null,"error_message":null}""",
            },
        };
    }

    public void Dispose() => Server.Stop();
}

public sealed record SentRequest(IReadOnlyDictionary<string, string> Form, string? Authorization, int Status)
{
    public string To => Form.GetValueOrDefault("To") ?? "";

    public string From => Form.GetValueOrDefault("From") ?? "";

    public string Body => Form.GetValueOrDefault("Body") ?? "";
}
