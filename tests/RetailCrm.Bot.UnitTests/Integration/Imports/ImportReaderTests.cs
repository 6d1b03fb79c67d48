using System.Text;
using RetailCrm.Bot.Core.Integration.Imports;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.UnitTests.Integration.Imports;

/// <summary>Reading and checking import files: every bad line found, each by the physical line it starts on.</summary>
public sealed class ImportReaderTests
{
    private static readonly PhoneNumberNormalizer Phones = new("IN");
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static Task<ImportBatch<CustomerImportRow>> Customers(string file, ImportFormat format = ImportFormat.Csv, bool bom = false) =>
        CustomerImportReader.ReadAsync(Stream(file, bom), format, Phones, Now, CancellationToken.None);

    private static Task<ImportBatch<ProductImportRow>> Products(string file, ImportFormat format = ImportFormat.Csv) =>
        ProductImportReader.ReadAsync(Stream(file, bom: false), format, CancellationToken.None);

    private static MemoryStream Stream(string file, bool bom) =>
        new([.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(file)]);

    [Fact]
    public async Task A_quoted_cell_spanning_lines_keeps_the_line_numbers_of_the_records_after_it_right()
    {
        var batch = await Customers("phone,name\r\n+919812345601,\"Asha\r\nKapoor\"\r\n\r\n+919812345602,Ravi\r\nnot-a-phone,Meena\r\n");

        Assert.Equal([2, 5], batch.Rows.Select(r => r.Line));
        Assert.Equal("Asha Kapoor", batch.Rows[0].Name);
        Assert.Equal(6, Assert.Single(batch.Errors).Line);
    }

    [Fact]
    public async Task A_byte_order_mark_and_a_blank_trailing_line_are_not_data()
    {
        var batch = await Customers("Phone,Name,marketingConsent\n98123 45601,Asha,TRUE\n\n", bom: true);

        var row = Assert.Single(batch.Rows);
        Assert.Empty(batch.Errors);
        Assert.Equal(("+919812345601", "Asha", true), (row.Phone, row.Name, row.Granted));
    }

    [Fact]
    public async Task Every_bad_line_is_found_not_only_the_first()
    {
        var batch = await Customers("""
            phone,name,marketingConsent,consentSource,consentAt
            +919812345606,Fine,false,web,2026-11-01T00:00:00+05:30
            +919812345601,Asha,yes,,
            +919812345602,Ravi,,pos,
            09812345606,Fine again,,,
            +919812345603,Kiran,true,pos,2030-01-01T00:00:00Z
            +919812345604,Sunil,true,pos,27/11/2026
            +919812345605,Extra,,,,
            """);

        Assert.Equal([3, 4, 5, 6, 7, 8], batch.Errors.Select(e => e.Line));
        Assert.Contains("line 2", batch.Errors[2].Error, StringComparison.Ordinal);
        Assert.Equal((2, false, "web"), (batch.Rows.Single().Line, batch.Rows[0].Granted, batch.Rows[0].Origin));
    }

    [Fact]
    public async Task NDJSON_counts_blank_lines_and_names_the_field_that_does_not_fit()
    {
        var batch = await Customers(
            "{\"phone\":\"+919812345601\",\"marketingConsent\":{\"granted\":true,\"source\":\"pos\",\"at\":\"2026-11-20T10:00:00Z\"}}\n\n"
            + "{\"phone\":\"+919812345602\",\"marketingConsent\":{\"granted\":\"maybe\"}}\n[1,2]\n{\"phone\":\"+919812345603\"",
            ImportFormat.Ndjson);

        Assert.Equal(1, Assert.Single(batch.Rows).Line);
        Assert.Equal(new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc), batch.Rows[0].At);
        Assert.Equal([3, 4, 5], batch.Errors.Select(e => e.Line));
        Assert.Contains("marketingConsent.granted", batch.Errors[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_column_is_refused_at_the_header()
    {
        var batch = await Customers("phone,nmae\n+919812345601,Asha\n");

        Assert.Equal(1, Assert.Single(batch.Errors).Line);
        Assert.Contains("nmae", batch.Errors[0].Error, StringComparison.Ordinal);
        Assert.Empty(batch.Rows);
    }

    [Fact]
    public async Task Products_are_keyed_like_staff_words_and_checked_field_by_field()
    {
        var batch = await Products($"""
            sku,name,price,color,size,stock
            SAR-RED-M,Red Silk Sarees,2499.999,Laal,medium,3
            SAR-RED-L,Silk Saree,,red,L,
            SAR-RED-M,Silk Saree,1,red,S,1
            ,Silk Saree,1,red,S,1
            {new string('X', 65)},Kurta,1,,,1
            X-2,Kurta,-5,,,1
            X-3,Kurta,5,,,-1
            X-4,Kurta,five,,,1
            """);

        Assert.Equal([4, 5, 6, 7, 8, 9], batch.Errors.Select(e => e.Line));
        var (first, second) = (batch.Rows[0], batch.Rows[1]);
        Assert.Equal(("silk saree", "Silk Sarees", "red", "M", 2500.00m, 3), (first.Key, first.Name, first.Color, first.Size, first.Price, first.Stock));
        Assert.Equal((true, true), (first.FirstOfKey, first.FirstOfVariant));
        Assert.Equal((false, true, null, null), (second.FirstOfKey, second.FirstOfVariant, second.Price, second.Stock));
    }

    [Fact]
    public async Task NDJSON_products_take_colour_or_color_but_not_both()
    {
        var batch = await Products(
            "{\"sku\":\"A\",\"name\":\"Kurta\",\"colour\":\"Blue\"}\n{\"sku\":\"B\",\"name\":\"Kurta\",\"color\":\"blue\",\"size\":\"M\"}\n"
            + "{\"sku\":\"C\",\"name\":\"Kurta\",\"color\":\"blue\",\"colour\":\"red\"}\n{\"sku\":\"D\",\"name\":\"Kurta\",\"stok\":1}\n",
            ImportFormat.Ndjson);

        Assert.Equal(["blue", "blue"], batch.Rows.Select(r => r.Color));
        Assert.Equal([3, 4], batch.Errors.Select(e => e.Line));
    }
}
