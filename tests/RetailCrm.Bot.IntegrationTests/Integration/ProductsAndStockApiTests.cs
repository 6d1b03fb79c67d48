using System.Net;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.StockAlerts;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Integration;

/// <summary><c>/api/v1/products/{sku}</c> and <c>/api/v1/stock/{sku}</c>, and the shopper a rise in stock reaches.</summary>
public abstract class ProductsAndStockApiTests(Db db) : IntegrationApiTestBase(db)
{
    [Fact]
    public async Task Put_creates_then_updates_a_sku_that_the_bot_answers_about()
    {
        var created = await PutAsync("/api/v1/products/kur-blu-m", new { name = "Cotton Kurta", price = 1299.50m, colour = "Blue", size = "m", stock = 4 });

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("/api/v1/products/KUR-BLU-M", created.Location);
        Assert.Equal(("KUR-BLU-M", "Cotton Kurta", "blue", "M", 1299.50m, 4),
            (created.Body.GetProperty("sku").GetString(), created.Body.GetProperty("name").GetString(), created.Body.GetProperty("colour").GetString(),
                created.Body.GetProperty("size").GetString(), created.Body.GetProperty("price").GetDecimal(), created.Body.GetProperty("stock").GetInt32()));

        var same = await PutAsync("/api/v1/products/KUR-BLU-M", new { name = "Cotton Kurta", price = 1299.50m, colour = "Blue", size = "m", stock = 4 });
        Assert.Equal(HttpStatusCode.OK, same.Status);
        Assert.Equal(created.Text, same.Text);

        var repriced = await PutAsync("/api/v1/products/KUR-BLU-M", new { name = "cotton kurtas", price = 999m, colour = "blue", size = "M" });
        Assert.Equal(HttpStatusCode.OK, repriced.Status);
        Assert.Equal((999m, 4), (repriced.Body.GetProperty("price").GetDecimal(), repriced.Body.GetProperty("stock").GetInt32()));
        Assert.Equal(repriced.Text, (await GetAsync("/api/v1/products/kur-blu-m")).Text);
        Assert.Equal(1, await App.CountAsync<Core.Catalog.Product>());
        Assert.Equal(1, await App.CountAsync<Core.Catalog.ProductVariant>());

        var stock = await GetAsync("/api/v1/stock/KUR-BLU-M");
        Assert.Equal((HttpStatusCode.OK, 4, "no-store"), (stock.Status, stock.Body.GetProperty("quantity").GetInt32(), stock.CacheControl));

        // The catalog the bot answers from is the same one.
        Assert.Contains("999", await Chat.AskAsync(Priya, "do you have the blue cotton kurta in M?"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stock_rising_from_zero_alerts_the_waiting_shopper_once()
    {
        Assert.Equal(HttpStatusCode.Created, (await PutAsync("/api/v1/products/SAR-RED", new { name = "Saree", colour = "red", price = 2499m, stock = 0 })).Status);
        Assert.Contains("Red Saree", await Chat.AskAsync(Priya, "Hi, do you have a red saree?", MessageChannel.WhatsApp, "Priya"), StringComparison.Ordinal);
        Assert.Contains("as soon as", await Chat.AskAsync(Priya, "please tell me when it's back"), StringComparison.Ordinal);

        var level = await PutAsync("/api/v1/stock/SAR-RED", new { quantity = 5 });

        Assert.Equal(HttpStatusCode.OK, level.Status);
        Assert.Equal(("SAR-RED", 5), (level.Body.GetProperty("sku").GetString(), level.Body.GetProperty("quantity").GetInt32()));
        var alert = await Eventually.ValueAsync(
            () => Task.FromResult(Chat.SentTo(Priya).Where(s => s.Body.StartsWith("Good news", StringComparison.Ordinal)).ToList()),
            s => s.Count > 0, null, "the back-in-stock alert");
        Assert.Contains("Good news, Priya! The Red Saree you asked us about is back in stock at Kapoor Fashions", Assert.Single(alert).Body, StringComparison.Ordinal);
        Assert.Equal("whatsapp:" + Priya, alert[0].To);
        Assert.Equal(StockAlertStatus.Notified, await App.QueryAsync(d => d.StockAlerts.Select(a => a.Status).SingleAsync()));

        // The same level again, then a fall and a rise through the product: nobody is told twice.
        Assert.Equal(HttpStatusCode.OK, (await PutAsync("/api/v1/stock/SAR-RED", new { quantity = 5 })).Status);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync("/api/v1/stock/sar-red", new { quantity = 0 })).Status);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync("/api/v1/products/SAR-RED", new { name = "Saree", colour = "red", stock = 3 })).Status);
        await Chat.WaitUntilSentAsync();
        Assert.Single(Chat.SentTo(Priya), s => s.Body.StartsWith("Good news", StringComparison.Ordinal));
        Assert.Equal(3, (await GetAsync("/api/v1/stock/SAR-RED")).Body.GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task A_new_sku_with_stock_alerts_shoppers_who_asked_before_the_catalog_had_it()
    {
        Assert.Contains("as soon as", await Chat.AskAsync(Priya, "notify me when the red saree is back", MessageChannel.Sms), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await PutAsync("/api/v1/products/SAR-RED", new { name = "Saree", colour = "red", stock = 2 })).Status);

        var alert = await Eventually.ValueAsync(
            () => Task.FromResult(Chat.SentTo(Priya).Where(s => s.Body.StartsWith("Good news", StringComparison.Ordinal)).ToList()),
            s => s.Count > 0, null, "the back-in-stock alert");
        Assert.Equal(Priya, Assert.Single(alert).To); // asked by SMS, told by SMS
    }

    [Fact]
    public async Task Bad_product_and_stock_requests_are_problem_details()
    {
        AssertProblem(await GetAsync("/api/v1/products/NOPE-1"), HttpStatusCode.NotFound, "NOPE-1");
        AssertProblem(await GetAsync("/api/v1/stock/NOPE-1"), HttpStatusCode.NotFound, "Unknown SKU");
        AssertProblem(await PutAsync("/api/v1/stock/NOPE-1", new { quantity = 3 }), HttpStatusCode.NotFound, "PUT /api/v1/products/NOPE-1");

        await PutAsync("/api/v1/products/KUR-1", new { name = "Kurta", stock = 1 });
        var negative = await PutAsync("/api/v1/stock/KUR-1", new { quantity = -1 });
        AssertProblem(negative, HttpStatusCode.BadRequest, "quantity");
        Assert.True(negative.Body.GetProperty("errors").TryGetProperty("quantity", out _));
        AssertProblem(await PutAsync("/api/v1/stock/KUR-1", new { }), HttpStatusCode.BadRequest, "quantity: is required");
        AssertProblem(await SendAsync(HttpMethod.Put, "/api/v1/stock/KUR-1", "{\"quantity\": \"five\"}"), HttpStatusCode.BadRequest, "$.quantity");
        AssertProblem(await SendAsync(HttpMethod.Put, "/api/v1/stock/KUR-1", "{\"quantity\": 5"), HttpStatusCode.BadRequest, "JSON");
        AssertProblem(await SendAsync(HttpMethod.Put, "/api/v1/stock/KUR-1", ""), HttpStatusCode.BadRequest, "");
        AssertProblem(await SendAsync(HttpMethod.Put, "/api/v1/products/KUR-1", "not json at all"), HttpStatusCode.BadRequest, "JSON");
        AssertProblem(await PutAsync("/api/v1/products/KUR-1", new { name = "Kurta", color = "red" }), HttpStatusCode.BadRequest, "color");
        AssertProblem(await PutAsync("/api/v1/products/KUR-1", new { price = 10m }), HttpStatusCode.BadRequest, "name: is required");
        AssertProblem(await PutAsync("/api/v1/products/KUR-1", new { name = "Kurta", price = 10.555m }), HttpStatusCode.BadRequest, "two decimals");
        AssertProblem(await PutAsync("/api/v1/products/KUR-1", new { name = "Kurta", stock = -2 }), HttpStatusCode.BadRequest, "stock");
        Assert.Equal(1, (await GetAsync("/api/v1/stock/KUR-1")).Body.GetProperty("quantity").GetInt32());
    }
}

public sealed class SqliteProductsAndStockApiTests() : ProductsAndStockApiTests(Db.Sqlite);

public sealed class PostgresProductsAndStockApiTests() : ProductsAndStockApiTests(Db.Postgres);
