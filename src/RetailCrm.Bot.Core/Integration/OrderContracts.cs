using System.Text.Json.Serialization;

namespace RetailCrm.Bot.Core.Integration;

/// <summary>
/// <c>POST /api/v1/orders</c>: a sale in the store's own system. <see cref="ExternalId"/> is that system's order id:
/// sending the order again is safe (it is stored once). The total must be the sum of the lines.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OrderPost(string? ExternalId, string? CustomerPhone, IReadOnlyList<OrderLinePost?>? Lines, decimal? Total, DateTimeOffset? PlacedAt);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OrderLinePost(string? Sku, int? Quantity, decimal? UnitPrice);

/// <summary>An order as the integration API shows it, with the loyalty points it earned.</summary>
public sealed record OrderView(
    string ExternalId,
    string CustomerPhone,
    IReadOnlyList<OrderLineView> Lines,
    decimal Total,
    DateTime PlacedAt,
    int PointsEarned);

/// <summary>One line; <see cref="InCatalog"/> is false for a SKU the catalog did not have when the order came in.</summary>
public sealed record OrderLineView(string Sku, int Quantity, decimal UnitPrice, bool InCatalog);

/// <summary>An order that passed validation: the phone in E.164, SKUs as stored.</summary>
public sealed record ValidOrder(string ExternalId, string Phone, IReadOnlyList<ValidOrderLine> Lines, decimal Total, DateTime PlacedAtUtc);

public sealed record ValidOrderLine(string Sku, int Quantity, decimal UnitPrice);
