namespace RetailCrm.Bot.Core.Integration;

/// <summary>
/// A key the store's own systems (point of sale, web shop, inventory) send as <c>X-Api-Key</c> to the integration API.
/// Only its SHA-256 hash is kept: the key itself is printed once, when it is created.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }

    /// <summary>Unique; what the operator calls it ("pos", "webshop") to list or revoke it.</summary>
    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the key. Keys are long and random, so a plain hash is enough (no salt or stretching).</summary>
    public required string KeyHash { get; set; }

    /// <summary>The key's first characters, shown by <c>api-keys list</c> so an operator can tell which key a system holds.</summary>
    public required string Prefix { get; set; }

    /// <summary>May read but never write.</summary>
    public bool ReadOnly { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set by <c>api-keys revoke</c>; a revoked key is refused like an unknown one.</summary>
    public DateTime? RevokedAt { get; set; }
}
