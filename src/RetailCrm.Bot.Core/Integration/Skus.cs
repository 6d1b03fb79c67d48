namespace RetailCrm.Bot.Core.Integration;

/// <summary>
/// A store system's product code. Kept upper-case: POS systems treat "kur-red-m" and "KUR-RED-M" as one code, and SQL
/// Server's default collation would too, so the unique index means the same on every provider.
/// </summary>
public static class Skus
{
    public const int MaxLength = 64;

    /// <summary>The SKU as stored, or null when it cannot be one (blank, too long, spaces or control characters inside).</summary>
    public static string? Normalize(string? value)
    {
        var sku = value?.Trim();
        if (string.IsNullOrEmpty(sku) || sku.Length > MaxLength || sku.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return null;
        }

        return sku.ToUpperInvariant();
    }
}
