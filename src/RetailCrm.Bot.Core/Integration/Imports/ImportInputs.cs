using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RetailCrm.Bot.Core.Integration.Imports;

/// <summary>
/// A customer line as written, in either format: the same camelCase fields <c>PUT /api/v1/customers/{phone}</c> takes.
/// </summary>
public sealed class CustomerInput
{
    public string? Phone { get; set; }

    public string? Name { get; set; }

    public ConsentInput? MarketingConsent { get; set; }

    /// <summary>CSV flattens <see cref="MarketingConsent"/> into marketingConsent, consentSource and consentAt.</summary>
    public static readonly IReadOnlyDictionary<string, CsvColumn<CustomerInput>> CsvColumns =
        new Dictionary<string, CsvColumn<CustomerInput>>(StringComparer.OrdinalIgnoreCase)
        {
            ["phone"] = (c, text) => Ok(c.Phone = text),
            ["name"] = (c, text) => Ok(c.Name = text),
            ["marketingConsent"] = (c, text) => bool.TryParse(text, out var granted)
                ? Ok((c.MarketingConsent ??= new()).Granted = granted)
                : $"marketingConsent is \"{text}\"; write true, false or leave it empty.",
            ["consentSource"] = (c, text) => Ok((c.MarketingConsent ??= new()).Source = text),
            ["consentAt"] = (c, text) => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? Ok((c.MarketingConsent ??= new()).At = at)
                : $"consentAt is \"{text}\"; write a date and time such as 2026-11-27T10:30:00+05:30.",
        };

    /// <summary>A cell that was set: no error.</summary>
    internal static string? Ok<TValue>(TValue _) => null;
}

/// <summary>Marketing consent as the store's system reports it: given or withdrawn, where, and when.</summary>
public sealed class ConsentInput
{
    public bool? Granted { get; set; }

    public string? Source { get; set; }

    public DateTimeOffset? At { get; set; }
}

/// <summary>
/// A product line as written, in either format: the SKU plus the fields <c>PUT /api/v1/products/{sku}</c> takes
/// (<c>color</c> is read as <c>colour</c>).
/// </summary>
public sealed class ProductInput
{
    public string? Sku { get; set; }

    public string? Name { get; set; }

    public decimal? Price { get; set; }

    public string? Colour { get; set; }

    /// <summary>The American spelling, accepted too; a line must not give both.</summary>
    public string? Color { get; set; }

    public string? Size { get; set; }

    public int? Stock { get; set; }

    public static readonly IReadOnlyDictionary<string, CsvColumn<ProductInput>> CsvColumns =
        new Dictionary<string, CsvColumn<ProductInput>>(StringComparer.OrdinalIgnoreCase)
        {
            ["sku"] = (p, text) => CustomerInput.Ok(p.Sku = text),
            ["name"] = (p, text) => CustomerInput.Ok(p.Name = text),
            ["price"] = (p, text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var price)
                ? CustomerInput.Ok(p.Price = price)
                : $"price is \"{text}\"; write a number such as 1499.50.",
            ["colour"] = (p, text) => CustomerInput.Ok(p.Colour = text),
            ["color"] = (p, text) => CustomerInput.Ok(p.Color = text),
            ["size"] = (p, text) => CustomerInput.Ok(p.Size = text),
            ["stock"] = (p, text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var stock)
                ? CustomerInput.Ok(p.Stock = stock)
                : $"stock is \"{text}\"; write a whole number.",
        };
}

/// <summary>
/// Web conventions (camelCase, numbers also read from strings), and a field the import does not know is the line's
/// error, not silently dropped: a misspelt "stok" would otherwise leave stock as it was.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(CustomerInput))]
[JsonSerializable(typeof(ProductInput))]
public sealed partial class ImportJson : JsonSerializerContext;
