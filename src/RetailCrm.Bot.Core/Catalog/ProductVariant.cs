namespace RetailCrm.Bot.Core.Catalog;

/// <summary>One colour and size of a product, with what is on the shelf. Either may be unknown (null).</summary>
public sealed class ProductVariant
{
    public int Id { get; set; }

    public int ProductId { get; set; }

    public Product? Product { get; set; }

    /// <summary>Lower-case colour ("red"), or null when the item comes in one colour or staff did not say.</summary>
    public string? Color { get; set; }

    /// <summary>Upper-case size ("M", "XL", "10"), or null.</summary>
    public string? Size { get; set; }

    /// <summary>The store's own code for this colour and size, set through the integration API; unique when set.</summary>
    public string? Sku { get; set; }

    public int StockQuantity { get; set; }

    public decimal? Price { get; set; }

    public DateTime UpdatedAt { get; set; }
}
