using RetailCrm.Bot.Core.Catalog;

namespace RetailCrm.Bot.Core.Integration.Imports;

/// <summary>
/// Reads a product import and checks every line: a SKU named once in the file, a name that keys to a product the way
/// staff's words do (<see cref="ProductKeys"/>), a price and stock that are not negative.
/// </summary>
public static class ProductImportReader
{
    /// <summary>The column lengths the database keeps.</summary>
    public const int MaxName = 120, MaxAttribute = 32;

    /// <summary>numeric(14,2): the largest price every provider stores exactly.</summary>
    public const decimal MaxPrice = 999_999_999_999.99m;

    public static Task<ImportBatch<ProductImportRow>> ReadAsync(Stream body, ImportFormat format, CancellationToken ct)
    {
        var lines = format == ImportFormat.Csv
            ? CsvLines.ReadAsync(body, ProductInput.CsvColumns, ["sku", "name"], ct)
            : NdjsonLines.ReadAsync(body, ImportJson.Default.ProductInput, ct);
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var variants = new HashSet<(string, string?, string?)>();
        return ImportChecks.ReadAsync(lines, (int line, ProductInput input, out ProductImportRow? row) =>
        {
            row = null;
            var given = ImportChecks.Given(input.Sku);
            var sku = Skus.Normalize(given); // upper-case, as PUT /products/{sku} keeps it: one SKU, one variant

            var name = ImportChecks.OneLine(input.Name);
            var color = ProductKeys.NormalizeColor(input.Colour ?? input.Color);
            var size = ProductKeys.NormalizeSize(input.Size);
            var key = name is null ? "" : ProductKeys.Key(name, color, size);
            var error = given is null ? "sku is missing."
                : given.Length > Skus.MaxLength ? $"sku is longer than {Skus.MaxLength} characters."
                : sku is null ? "sku has spaces or control characters inside."
                : firstLineOf.TryGetValue(sku, out var first) ? $"sku \"{CustomerImportReader.Shown(sku)}\" is on line {first} already."
                : name is null ? "name is missing."
                : name.Length > MaxName ? $"name is longer than {MaxName} characters."
                : key.Length is 0 or > MaxName ? "name does not name an item (only colour, size or filler words)."
                : input is { Colour: not null, Color: not null } ? "colour and color are both given; give one."
                : color?.Length > MaxAttribute ? $"colour is longer than {MaxAttribute} characters."
                : size?.Length > MaxAttribute ? $"size is longer than {MaxAttribute} characters."
                : input.Price is < 0 or > MaxPrice ? "price must be 0 or more (and below a trillion)."
                : input.Stock < 0 ? "stock must be 0 or more."
                : null;
            if (error is null)
            {
                firstLineOf[sku!] = line;
                row = new ProductImportRow(
                    line, sku!, ProductKeys.Name(name!, color, size), key,
                    input.Price is { } price ? Math.Round(price, 2, MidpointRounding.AwayFromZero) : null,
                    color, size, input.Stock, keys.Add(key), variants.Add((key, color, size)));
            }

            return error;
        });
    }
}
