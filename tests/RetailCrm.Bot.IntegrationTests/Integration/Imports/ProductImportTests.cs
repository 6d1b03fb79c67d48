using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.StockAlerts;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Integration.Imports;

/// <summary>Product imports: variants by SKU under the product their name keys to, stock arrivals alerting who waits.</summary>
public abstract class ProductImportTests(Db db) : ImportTestBase(db)
{
    private const string Sarees = """
        sku,name,price,color,size,stock
        SAR-RED-M,Red Silk Saree,2499,Red,m,3
        SAR-BLU-M,Blue Silk Sarees,2499.5,blue,M,0
        PEG-10,"Nike
        Pegasus",4999,,10,2
        """;

    [Fact]
    public async Task CSV_products_are_keyed_like_staff_words_and_re_importing_changes_nothing()
    {
        Assert.Equal((3, 0, 0), await ImportAsync(ProductsPath, Sarees, Csv));
        Assert.Equal((0, 0, 3), await ImportAsync(ProductsPath, Sarees, Csv));
        Assert.Equal((0, 1, 0), await ImportAsync(ProductsPath, "sku,name,stock\nPEG-10,Nike Pegasus,7\n", Csv));

        var variants = await App.QueryAsync(d => d.ProductVariants.Include(v => v.Product).OrderBy(v => v.Sku).ToListAsync());
        Assert.Equal(
            ["PEG-10 nike pegasus - 10 7 4999", "SAR-BLU-M silk saree blue M 0 2499.5", "SAR-RED-M silk saree red M 3 2499"],
            variants.Select(v => $"{v.Sku} {v.Product!.Key} {v.Color ?? "-"} {v.Size} {v.StockQuantity} {v.Price:0.##}"));
        Assert.Equal(2, await App.CountAsync<Product>());
    }

    [Fact]
    public async Task A_sku_is_one_code_whatever_its_case_as_for_the_product_endpoint()
    {
        Assert.Equal((1, 0, 0), await ImportAsync(ProductsPath, "sku,name,stock\nkur-blu-m,Cotton Kurta,4\n", Csv));
        Assert.Equal((0, 1, 0), await ImportAsync(ProductsPath, "{\"sku\":\"KUR-BLU-M\",\"name\":\"Cotton Kurta\",\"stock\":6}\n", Ndjson));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stock/Kur-Blu-M");
        request.Headers.Add("X-Api-Key", Key);
        using var stock = await Client.SendAsync(request);
        Assert.Contains("\"quantity\":6", await stock.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["KUR-BLU-M"], await App.QueryAsync(d => d.ProductVariants.Select(v => v.Sku).ToListAsync()));
    }

    [Fact]
    public async Task Two_bad_lines_among_good_ones_are_listed_by_line_and_nothing_is_imported()
    {
        var file = """
            {"sku":"A-1","name":"Kurta","price":799,"colour":"red","size":"M","stock":4}
            {"sku":"A-2","name":"Kurta","price":-1,"colour":"red","size":"L","stock":4}
            {"sku":"A-3","name":"Kurta","colour":"red","size":"XL"}
            {"sku":"A-1","name":"Kurta","colour":"blue","size":"M","stock":1}
            """;

        var (lines, count, _) = await BadLinesAsync(await PostAsync(ProductsPath, file, Ndjson));

        Assert.Equal([2, 4], lines);
        Assert.Equal(2, count);
        Assert.Equal(0, await App.CountAsync<Product>());
        Assert.Equal(0, await App.CountAsync<ProductVariant>());
    }

    [Fact]
    public async Task A_variant_staff_made_by_chat_is_given_its_SKU_rather_than_doubled()
    {
        await App.ExecuteAsync(d =>
        {
            d.Products.Add(new Product
            {
                Name = "Silk Saree", Key = "silk saree", CreatedAt = DateTime.UtcNow,
                Variants = [new ProductVariant { Color = "red", Size = "M", StockQuantity = 1, UpdatedAt = DateTime.UtcNow }],
            });
            return Task.CompletedTask;
        });

        Assert.Equal((2, 1, 0), await ImportAsync(ProductsPath, Sarees, Csv));

        var red = await App.QueryAsync(d => d.ProductVariants.Where(v => v.Color == "red").ToListAsync());
        Assert.Equal(("SAR-RED-M", 3), (Assert.Single(red).Sku, red[0].StockQuantity));
    }

    [Fact]
    public async Task Stock_rising_from_nothing_alerts_the_shoppers_waiting_for_it_once()
    {
        await App.ExecuteAsync(d =>
        {
            var priya = new Customer { Phone = "+919812345601", Name = "Priya", CreatedAt = DateTime.UtcNow, LastChannel = MessageChannel.WhatsApp };
            var ravi = new Customer { Phone = "+919812345602", Name = "Ravi", CreatedAt = DateTime.UtcNow, LastChannel = MessageChannel.Sms };
            d.StockAlerts.Add(new StockAlert { Customer = priya, ProductKey = "silk saree", ProductName = "Blue Silk Saree", Color = "blue", Channel = MessageChannel.WhatsApp, CreatedAt = DateTime.UtcNow });
            d.StockAlerts.Add(new StockAlert { Customer = ravi, ProductKey = "silk saree", ProductName = "Green Silk Saree", Color = "green", Channel = MessageChannel.Sms, CreatedAt = DateTime.UtcNow });
            return Task.CompletedTask;
        });
        await ImportAsync(ProductsPath, Sarees, Csv);
        Assert.Equal(0, await App.QueryAsync(d => d.OutboundMessages.CountAsync(m => m.Kind == StockAlertService.Kind)));

        var arrived = "sku,name,stock\nSAR-BLU-M,Blue Silk Saree,5\n";
        Assert.Equal((0, 1, 0), await ImportAsync(ProductsPath, arrived, Csv));
        Assert.Equal((0, 0, 1), await ImportAsync(ProductsPath, arrived, Csv));

        var alerts = await App.QueryAsync(d => d.OutboundMessages.Where(m => m.Kind == StockAlertService.Kind).Select(m => new { m.ToPhone, m.Channel }).ToListAsync());
        Assert.Equal([new { ToPhone = "+919812345601", Channel = MessageChannel.WhatsApp }], alerts);
        Assert.Equal(StockAlertStatus.Waiting, await App.QueryAsync(d => d.StockAlerts.Where(a => a.Color == "green").Select(a => a.Status).SingleAsync()));
    }
}

public sealed class SqliteProductImportTests() : ProductImportTests(Db.Sqlite);

public sealed class PostgresProductImportTests() : ProductImportTests(Db.Postgres);
