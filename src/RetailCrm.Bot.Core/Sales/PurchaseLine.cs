namespace RetailCrm.Bot.Core.Sales;

/// <summary>One line of an order sent by the store's own system: which SKU, how many, at what price each.</summary>
public sealed class PurchaseLine
{
    public long Id { get; set; }

    public int PurchaseId { get; set; }

    public Purchase? Purchase { get; set; }

    /// <summary>As the store's system sent it; kept even when the catalog has no such SKU (yet).</summary>
    public required string Sku { get; set; }

    /// <summary>The catalog variant with this SKU when the order arrived, if there was one.</summary>
    public int? ProductVariantId { get; set; }

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }
}
