using System.Data.Common;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Integration.Imports;
using RetailCrm.Bot.Core.StockAlerts;

namespace RetailCrm.Bot.Persistence.SetBased;

/// <summary>
/// Products by normalised name and their variants by SKU, set-based: staged, then a handful of statements create the
/// products named for the first time, find each line's product and variant, count, update and insert.
/// </summary>
internal static class ProductImportWriter
{
    private static readonly StagingColumn<ProductImportRow>[] Columns =
    [
        new("line", StagingType.Int, r => r.Line),
        new("sku", StagingType.Text, r => r.Sku),
        new("name", StagingType.Text, r => r.Name),
        new("product_key", StagingType.Text, r => r.Key),
        new("price", StagingType.Money, r => r.Price),
        new("color", StagingType.Text, r => r.Color),
        new("size", StagingType.Text, r => r.Size),
        new("stock", StagingType.Int, r => r.Stock),
        new("first_of_key", StagingType.Int, r => r.FirstOfKey ? 1 : 0),
        new("first_of_variant", StagingType.Int, r => r.FirstOfVariant ? 1 : 0),
        new("product_id", StagingType.Int, _ => null),
        new("variant_id", StagingType.Int, _ => null),
        new("old_stock", StagingType.Int, _ => null),
        new("changed", StagingType.Int, _ => null),
    ];

    /// <summary>What a line changes on its variant (v); a colour, size, price or stock the line leaves out changes nothing.</summary>
    private const string Changes = """
        (v."ProductId" <> s.product_id OR v."Sku" IS NULL
         OR (s.color IS NOT NULL AND (v."Color" IS NULL OR v."Color" <> s.color))
         OR (s.size IS NOT NULL AND (v."Size" IS NULL OR v."Size" <> s.size))
         OR (s.price IS NOT NULL AND (v."Price" IS NULL OR v."Price" <> s.price))
         OR (s.stock IS NOT NULL AND v."StockQuantity" <> s.stock))
        """;

    /// <summary>Someone waits for the line's item (x): in a colour and size it has, or in any.</summary>
    private static string Fits(string x) => $"""x."ProductKey" = s.product_key AND (x."Color" IS NULL OR x."Color" = s.color) AND (x."Size" IS NULL OR x."Size" = s.size)""".Replace("x.", x + ".", StringComparison.Ordinal);

    public static async Task<ProductImportOutcome> WriteAsync(
        ImportDialect dialect, DbConnection connection, DbTransaction transaction, IReadOnlyList<ProductImportRow> rows, DateTime now, CancellationToken ct)
    {
        var s = dialect.Staging("import_products");
        await ImportStaging.LoadAsync(dialect, connection, transaction, s, Columns, rows, ct);
        Task<int> Run(string sql) => ImportSql.ExecuteAsync(connection, transaction, sql, ct, now);

        await Run($"""
            INSERT INTO products ("Name", "Key", "Price", "CreatedAt")
            SELECT s.name, s.product_key, s.price, @now FROM {s} AS s
            WHERE s.first_of_key = 1 AND NOT EXISTS (SELECT 1 FROM products AS p WHERE p."Key" = s.product_key)
            """);
        await Run(dialect.UpdateFrom("products", "p", """ "Price" = s.price """, $"{s} AS s",
            """p."Key" = s.product_key AND s.first_of_key = 1""", """p."Price" IS NULL AND s.price IS NOT NULL"""));
        await Run(dialect.UpdateFrom(s, "s", """product_id = p."Id" """, "products AS p", """p."Key" = s.product_key"""));
        await Run(dialect.UpdateFrom(s, "s", """variant_id = v."Id" """, "product_variants AS v", """v."Sku" = s.sku"""));
        // A variant staff made by chat has no SKU: the first line for its product, colour and size takes it over,
        // rather than a second variant with its own stock appearing beside it.
        await Run($"""
            UPDATE {s} SET variant_id = (
                SELECT MIN(v."Id") FROM product_variants AS v
                WHERE v."ProductId" = {s}.product_id AND v."Sku" IS NULL
                  AND {ImportDialect.Same("v.\"Color\"", $"{s}.color")} AND {ImportDialect.Same("v.\"Size\"", $"{s}.size")})
            WHERE variant_id IS NULL AND first_of_variant = 1
            """);
        // Judged against the variant as it is; a colour or size left out is the variant's own from here on.
        await Run(dialect.UpdateFrom(
            s, "s",
            $"""
            old_stock = v."StockQuantity", changed = CASE WHEN {Changes} THEN 1 ELSE 0 END,
            color = COALESCE(s.color, v."Color"), size = COALESCE(s.size, v."Size")
            """,
            "product_variants AS v", """v."Id" = s.variant_id"""));

        var counts = await ImportSql.CountsAsync(
            connection, transaction, $"SELECT SUM(CASE WHEN variant_id IS NULL THEN 1 ELSE 0 END), SUM(changed) FROM {s}", ct);
        // The items anyone waits for are few: matched first as a set, so the colour and size are only looked at for those.
        var restocked = await ImportSql.StringsAsync(connection, transaction, $"""
            SELECT s.sku FROM {s} AS s
            WHERE COALESCE(s.old_stock, 0) = 0 AND s.stock > 0
              AND s.product_key IN (SELECT a."ProductKey" FROM stock_alerts AS a WHERE a."Status" = '{nameof(StockAlertStatus.Waiting)}'
                                    UNION SELECT i."ProductKey" FROM inquiries AS i WHERE i."Status" = '{nameof(InquiryStatus.Open)}')
              AND (EXISTS (SELECT 1 FROM stock_alerts AS a WHERE {Fits("a")} AND a."Status" = '{nameof(StockAlertStatus.Waiting)}')
                OR EXISTS (SELECT 1 FROM inquiries AS i WHERE {Fits("i")} AND i."Status" = '{nameof(InquiryStatus.Open)}' AND i."NudgedAt" IS NULL))
            """, ct);

        await Run(dialect.UpdateFrom(
            "product_variants", "v",
            """
            "ProductId" = s.product_id, "Color" = s.color, "Size" = s.size, "Sku" = s.sku, "Price" = COALESCE(s.price, v."Price"),
            "StockQuantity" = COALESCE(s.stock, v."StockQuantity"), "UpdatedAt" = @now
            """,
            $"{s} AS s", """v."Id" = s.variant_id""", "s.changed = 1"));
        await Run($"""
            INSERT INTO product_variants ("ProductId", "Color", "Size", "Sku", "StockQuantity", "Price", "UpdatedAt")
            SELECT s.product_id, s.color, s.size, s.sku, COALESCE(s.stock, 0), s.price, @now FROM {s} AS s WHERE s.variant_id IS NULL
            """);
        await Run($"DROP TABLE {s}");
        return new ProductImportOutcome(new ImportCounts(counts[0], counts[1], rows.Count - counts[0] - counts[1]), restocked);
    }
}
