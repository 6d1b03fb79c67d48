namespace RetailCrm.Bot.Core.Ai;

/// <summary>
/// A chat model, seen from the Core: one system prompt, one user message, text back (JSON when a schema is
/// given). The Azure OpenAI client lives in the host; without one configured nothing implements this.
/// </summary>
public interface ILanguageModel
{
    /// <summary>What to call it in logs and health ("azure-openai/gpt-4o-mini").</summary>
    string Name { get; }

    /// <exception cref="ModelUnavailableException">Timeout, rate limit, server error or an unusable answer.</exception>
    Task<ModelReply> CompleteAsync(ModelRequest request, CancellationToken ct);
}

/// <param name="Purpose">What the call is for ("understand", "personalize"); tokens are counted per purpose.</param>
/// <param name="JsonSchema">When set, the model must answer with JSON matching it (strict structured output).</param>
public sealed record ModelRequest(string Purpose, string System, string User, int MaxOutputTokens, string? JsonSchemaName = null, string? JsonSchema = null);

public sealed record ModelReply(string Text, int TotalTokens);

public sealed class ModelUnavailableException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    /// <summary>timeout, rate_limited, server_error, error.</summary>
    public string Reason { get; } = reason;
}
