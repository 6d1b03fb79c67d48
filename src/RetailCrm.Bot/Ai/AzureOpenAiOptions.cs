using System.ComponentModel.DataAnnotations;

namespace RetailCrm.Bot.Ai;

/// <summary>
/// The <c>AzureOpenAI</c> section. Without an endpoint and a deployment there is no AI at all and the bot runs
/// on rules and templates; with them but no ApiKey, it signs in with Entra ID (DefaultAzureCredential).
/// </summary>
public sealed class AzureOpenAiOptions
{
    public const string SectionName = "AzureOpenAI";

    public string? Endpoint { get; set; }

    public string? Deployment { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The longest one call may take, retries included, before the bot falls back.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Deployment);
}
