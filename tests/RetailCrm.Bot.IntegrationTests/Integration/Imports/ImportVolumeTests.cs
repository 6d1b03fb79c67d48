using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace RetailCrm.Bot.IntegrationTests.Integration.Imports;

/// <summary>
/// The size: 100,000 customers and 100,000 products through HTTP. The time is printed, not asserted (a shared
/// two-core machine is no stopwatch); the target is 30 s each on this machine.
/// </summary>
public abstract class ImportVolumeTests(Db db, ITestOutputHelper output) : ImportTestBase(db)
{
    private static readonly int Rows = int.Parse(Environment.GetEnvironmentVariable("IMPORT_ROWS") ?? "100000", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_hundred_thousand_customers_by_CSV_are_all_imported()
    {
        var file = CustomersCsv(Rows);

        var clock = Stopwatch.StartNew();
        var counts = await ImportAsync(CustomersPath, file, Csv);
        clock.Stop();

        output.WriteLine($"{Database}: {Rows:N0} customers ({file.Length / 1024:N0} KB of CSV) imported in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal((Rows, 0, 0), counts);
        Assert.Equal(Rows, await App.CountAsync<Customer>());
        Assert.Equal(Rows / 2, await App.QueryAsync(d => d.Customers.CountAsync(c => c.MarketingConsentAt != null)));
        Assert.Equal(Rows / 2, await App.QueryAsync(d => d.ConsentEvents.CountAsync(e => e.Source == ConsentSource.Api && e.Origin == "pos_signup")));
    }

    [Fact]
    public async Task A_hundred_thousand_products_by_NDJSON_are_all_imported()
    {
        var file = ProductsNdjson(Rows);

        var clock = Stopwatch.StartNew();
        var counts = await ImportAsync(ProductsPath, file, Ndjson);
        clock.Stop();

        output.WriteLine($"{Database}: {Rows:N0} products ({file.Length / 1024:N0} KB of NDJSON) imported in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal((Rows, 0, 0), counts);
        Assert.Equal(Rows, await App.CountAsync<ProductVariant>());
        Assert.Equal(Rows / 4, await App.CountAsync<Product>());
        var variant = await App.QueryAsync(d => d.ProductVariants.Include(v => v.Product).SingleAsync(v => v.Sku == "SKU-099999"));
        Assert.Equal(("kurta 24999", "blue", "XL", 5, 149.50m), (variant.Product!.Key, variant.Color, variant.Size, variant.StockQuantity, variant.Price));
    }
}

public sealed class SqliteImportVolumeTests(ITestOutputHelper output) : ImportVolumeTests(Db.Sqlite, output);

public sealed class PostgresImportVolumeTests(ITestOutputHelper output) : ImportVolumeTests(Db.Postgres, output);
