using System.ClientModel;
using System.ClientModel.Primitives;
using Azure;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.Options;
using OpenAI.Chat;
using RetailCrm.Bot.Core.Ai;

namespace RetailCrm.Bot.Ai;

/// <summary>
/// Azure OpenAI through the Azure.AI.OpenAI client, behind the Core's <see cref="ILanguageModel"/>. Each call
/// gets a bounded retry on 429 and 5xx (the client's own policy, which honours Retry-After) inside one overall
/// timeout; every failure becomes a <see cref="ModelUnavailableException"/> the Core falls back on.
/// </summary>
public sealed class AzureOpenAiLanguageModel : ILanguageModel
{
    private readonly ChatClient _chat;
    private readonly TimeSpan _timeout;

    public AzureOpenAiLanguageModel(IOptions<AzureOpenAiOptions> options)
    {
        var settings = options.Value;
        _timeout = settings.Timeout;
        Name = $"azure-openai/{settings.Deployment}";
        var clientOptions = new AzureOpenAIClientOptions(AzureOpenAIClientOptions.ServiceVersion.V2024_10_21)
        {
            NetworkTimeout = settings.Timeout,
            RetryPolicy = new QuickRetryPolicy(),
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
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new ModelUnavailableException("timeout", ex);
        }
        catch (ClientResultException ex)
        {
            throw new ModelUnavailableException(ex.Status switch { 429 => "rate_limited", >= 500 => "server_error", _ => "error" }, ex);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or HttpRequestException
                                       or ArgumentException or KeyNotFoundException or FormatException or AuthenticationFailedException)
        {
            // A malformed response or a failed sign-in is the model being unavailable, not the bot failing.
            throw new ModelUnavailableException("error", ex);
        }
    }
}

/// <summary>
/// Two retries on 429 and 5xx, a quarter and half a second apart : the whole
/// call has a budget of a few seconds, and the client's default backoff would spend it waiting.
/// </summary>
internal sealed class QuickRetryPolicy() : ClientRetryPolicy(maxRetries: 2)
{
    protected override TimeSpan GetNextDelay(PipelineMessage message, int tryCount) =>
        TimeSpan.FromMilliseconds(250 * tryCount);
}
