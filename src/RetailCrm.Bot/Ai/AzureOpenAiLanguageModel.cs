using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Sockets;
using System.Security.Authentication;
using Azure;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.Options;
using OpenAI.Chat;
using Polly.CircuitBreaker;
using Polly.Timeout;
using RetailCrm.Bot.Core.Ai;

namespace RetailCrm.Bot.Ai;

/// <summary>
/// Azure OpenAI through the Azure.AI.OpenAI client, behind the Core's <see cref="ILanguageModel"/>. The client
/// sends through an HttpClient whose resilience pipeline (see <see cref="AiExtensions"/>) holds the overall timeout,
/// two quick retries on 429 and 5xx, and a circuit breaker, so during an outage calls fail at once instead of each
/// waiting out its timeout. Every failure, whatever its kind, becomes a <see cref="ModelUnavailableException"/> with
/// a reason, and the Core falls back on rules and templates.
/// </summary>
public sealed class AzureOpenAiLanguageModel : ILanguageModel
{
    public const string HttpClientName = "azure-openai";

    private readonly ChatClient _chat;
    private readonly TimeSpan _timeout;

    public AzureOpenAiLanguageModel(IOptions<AzureOpenAiOptions> options, IHttpClientFactory http)
    {
        var settings = options.Value;
        _timeout = settings.Timeout;
        Name = $"azure-openai/{settings.Deployment}";
        var clientOptions = new AzureOpenAIClientOptions(AzureOpenAIClientOptions.ServiceVersion.V2024_10_21)
        {
            NetworkTimeout = settings.Timeout,
            // Retries are the HttpClient pipeline's; the client's own would wrap failures in an AggregateException.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            Transport = new HttpClientPipelineTransport(http.CreateClient(HttpClientName)),
        };
        var endpoint = new Uri(settings.Endpoint!);
        var client = string.IsNullOrWhiteSpace(settings.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(endpoint, new AzureKeyCredential(settings.ApiKey), clientOptions);
        _chat = client.GetChatClient(settings.Deployment);
    }

    public string Name { get; }

    public async Task<ModelReply> CompleteAsync(ModelRequest request, CancellationToken ct)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = request.MaxOutputTokens, Temperature = 0.3f };
        if (request.JsonSchema is { } schema)
        {
            options.ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(
                request.JsonSchemaName ?? "answer", BinaryData.FromString(schema), jsonSchemaIsStrict: true);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_timeout);
        try
        {
            ChatMessage[] messages = [new SystemChatMessage(request.System), new UserChatMessage(request.User)];
            ClientResult<ChatCompletion> result = await _chat.CompleteChatAsync(messages, options, timeout.Token);
            var completion = result.Value;
            var text = completion.Content.Count > 0 ? completion.Content[0].Text : "";
            return new ModelReply(text ?? "", completion.Usage?.TotalTokenCount ?? 0);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Whatever went wrong (the endpoint refused, its name did not resolve, TLS failed, 4xx, 5xx, a timeout, an
            // open circuit, an answer that does not parse) is the model being unavailable, never the bot failing.
            throw new ModelUnavailableException(Reason(ex), ex);
        }
    }

    /// <summary>A short word for why, recorded on the message that fell back to its template.</summary>
    public static string Reason(Exception ex) => ex switch
    {
        AggregateException { InnerExceptions.Count: > 0 } all => Reason(all.InnerExceptions[^1]),
        BrokenCircuitException => "circuit_open",
        TimeoutRejectedException or OperationCanceledException => "timeout",
        ClientResultException { Status: 429 } => "rate_limited",
        ClientResultException { Status: >= 500 } => "server_error",
        ClientResultException { Status: >= 400 } client => $"http_{client.Status}",
        ClientResultException { InnerException: { } inner } => Reason(inner),
        HttpRequestException { InnerException: AuthenticationException } => "tls_failed",
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData } } => "dns_failed",
        HttpRequestException => "unreachable",
        AuthenticationFailedException => "sign_in_failed",
        System.Text.Json.JsonException or FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException => "malformed_answer",
        _ => "error",
    };
}
