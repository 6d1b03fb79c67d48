using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>
/// WireMock.Net standing in for an Azure OpenAI deployment; the real Azure.AI.OpenAI client talks to it.
/// Requests that ask for the shopper-intent schema are "understand" calls; the rest are personalization.
/// </summary>
public sealed class FakeAzureOpenAi : IDisposable
{
    public const string Deployment = "gpt-4o-mini";
    public const string ApiKey = "test-azure-key";

    public FakeAzureOpenAi() => Server = WireMockServer.Start();

    public WireMockServer Server { get; }

    public string Url => Server.Url!;

    private static string Path => $"/openai/deployments/{Deployment}/chat/completions";

    /// <summary>The settings that point the app at this fake.</summary>
    public Dictionary<string, string?> Settings(string timeout = "00:00:03", long budget = 200_000) => new()
    {
        ["AzureOpenAI:Endpoint"] = Url,
        ["AzureOpenAI:Deployment"] = Deployment,
        ["AzureOpenAI:ApiKey"] = ApiKey,
        ["AzureOpenAI:Timeout"] = timeout,
        ["AzureOpenAI:DailyTokenBudget"] = budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Personalization calls get this text.</summary>
    public void WritesMessages(string text, int tokens = 80) =>
        Server.Given(Request.Create().WithPath(Path).UsingPost().WithBody(b => b is not null && !b.Contains("shopper_intent", StringComparison.Ordinal)))
            .AtPriority(5)
            .RespondWith(Completion(text, tokens));

    /// <summary>Understanding calls get this JSON (or whatever text is given, malformed included).</summary>
    public void Understands(string json, int tokens = 60) =>
        Server.Given(Request.Create().WithPath(Path).UsingPost().WithBody(b => b is not null && b.Contains("shopper_intent", StringComparison.Ordinal)))
            .AtPriority(5)
            .RespondWith(Completion(json, tokens));

    /// <summary>Every call fails with this status (429, 500) or takes this long.</summary>
    public void Fails(int status) =>
        Server.Given(Request.Create().WithPath(Path).UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json")
                .WithHeader("Retry-After", "0")
                .WithBody("""{"error":{"code":"failure","message":"stand-in failure"}}"""));

    /// <summary>Every call gets 200 with a body that is not the API's JSON at all.</summary>
    public void AnswersWithGarbage() =>
        Server.Given(Request.Create().WithPath(Path).UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("<html>this is not json"));

    public void IsSlow(TimeSpan delay, string text) =>
        Server.Given(Request.Create().WithPath(Path).UsingPost()).AtPriority(1)
            .RespondWith(Completion(text, 50).WithDelay(delay));

    public IReadOnlyList<string> Requests => Server.LogEntries
        .Where(e => e.RequestMessage.Path == Path)
        .Select(e => e.RequestMessage.Body ?? "")
        .ToList();

    private static IResponseBuilder Completion(string content, int tokens) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_763_900_000,
            model = Deployment,
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = tokens / 2, completion_tokens = tokens - (tokens / 2), total_tokens = tokens },
        }));

    public void Dispose() => Server.Stop();
}
