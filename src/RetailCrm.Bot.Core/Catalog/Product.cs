namespace RetailCrm.Bot.Core.Catalog;

/// <summary>
/// An item the store sells, without colour or size ("Kurta", "Nike Pegasus"); colours and sizes are its
/// <see cref="ProductVariant"/>s. Found by <see cref="Key"/>, the normalized name.
/// </summary>
public sealed class Product
{
    public int Id { get; set; }

    /// <summary>How staff first wrote it, tidied ("Nike Pegasus").</summary>
    public required string Name { get; set; }

    /// <summary>Lower-case, singular, without colour or size words: what every spelling is matched on.</summary>
    public required string Key { get; set; }

    public decimal? Price { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<ProductVariant> Variants { get; set; } = [];
}
