namespace RetailCrm.Bot.Admin;

/// <summary>The <c>Admin</c> section. Without an API key the admin endpoints do not exist.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>Sent as <c>X-Api-Key</c> by whoever handles data requests for the store.</summary>
    public string? ApiKey { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(ApiKey);
}
