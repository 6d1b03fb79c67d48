using System.Text.Json.Serialization;

namespace RetailCrm.Bot.Core.Integration;

/// <summary>
/// <c>PUT /api/v1/products/{sku}</c>: one colour and size of a product, as the store's system describes it. The name is
/// the product's ("Cotton Kurta"); colour and size tell its variants apart (left out: none). Price and stock left out
/// stay as they are; stock, when sent, is the absolute level.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ProductPut(string? Name, decimal? Price, string? Colour, string? Size, int? Stock);

/// <summary><c>PUT /api/v1/stock/{sku}</c>: how many are on the shelf now (not how many arrived).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record StockPut(int? Quantity);

/// <summary>A SKU as the integration API shows it: the product it is a variant of, its colour, size, price and stock.</summary>
public sealed record ProductView(
    string Sku,
    string Name,
    string? Colour,
    string? Size,
    decimal? Price,
    int Stock,
    DateTime UpdatedAt);

/// <summary>The stock level of one SKU.</summary>
public sealed record StockView(string Sku, int Quantity, DateTime UpdatedAt);
