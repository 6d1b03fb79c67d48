using System.Net;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Integration;

/// <summary><c>/api/v1/orders</c>: a sale from the store's system is a sale like staff's, stored once.</summary>
public abstract class OrdersApiTests(Db db) : IntegrationApiTestBase(db)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Assert.Equal(HttpStatusCode.Created, (await PutAsync("/api/v1/products/KUR-BLU-M", new { name = "Kurta", colour = "blue", size = "M", price = 1299m, stock = 5 })).Status);
    }

    [Fact]
    public async Task An_order_earns_points_takes_stock_counts_in_the_summary_and_is_followed_by_the_check_in()
    {
        await Chat.AskAsync(Priya, "hi", MessageChannel.Sms);

        var placed = await PostAsync("/api/v1/orders", Order("POS-1001", "98765 43210", 2698m, ("kur-blu-m", 2, 1299m), ("GIFT-BAG", 1, 100m)));

        Assert.Equal(HttpStatusCode.Created, placed.Status);
        Assert.Equal("/api/v1/orders/POS-1001", placed.Location);
        Assert.Equal(("+919876543210", 2698m, 26), (placed.Body.GetProperty("customerPhone").GetString(), placed.Body.GetProperty("total").GetDecimal(), placed.Body.GetProperty("pointsEarned").GetInt32()));
        var lines = placed.Body.GetProperty("lines");
        Assert.Equal(("KUR-BLU-M", 2, 1299m, true), (lines[0].GetProperty("sku").GetString(), lines[0].GetProperty("quantity").GetInt32(), lines[0].GetProperty("unitPrice").GetDecimal(), lines[0].GetProperty("inCatalog").GetBoolean()));
        Assert.Equal(("GIFT-BAG", false), (lines[1].GetProperty("sku").GetString(), lines[1].GetProperty("inCatalog").GetBoolean()));
        Assert.Equal(placed.Text, (await GetAsync("/api/v1/orders/POS-1001")).Text);
        Assert.Equal(3, (await GetAsync("/api/v1/stock/KUR-BLU-M")).Body.GetProperty("quantity").GetInt32());
        Assert.Equal(26, (await GetAsync("/api/v1/customers/+919876543210")).Body.GetProperty("loyaltyPoints").GetInt32());

        var summary = await Chat.AskAsync(Owner, "summary today");
        Assert.Contains("Sales: 1 ·", summary, StringComparison.Ordinal);
        Assert.Contains("2,698", summary, StringComparison.Ordinal);

        Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await Jobs.RunAsync(App, EngagementJobs.SendCheckIns);
        var checkIn = await Eventually.ValueAsync(
            () => Task.FromResult(Chat.SentTo(Priya).Where(s => s.Body.Contains("How are you finding it", StringComparison.Ordinal)).ToList()),
            s => s.Count > 0, null, "the check-in");
        Assert.Contains("thank you for buying the Blue Kurta (size M) from Kapoor Fashions", Assert.Single(checkIn).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replayed_order_is_stored_once_and_a_changed_one_is_refused()
    {
        var order = Order("POS-7", Priya, 1299m, ("KUR-BLU-M", 1, 1299m));
        var first = await PostAsync("/api/v1/orders", order);
        Assert.Equal(HttpStatusCode.Created, first.Status);

        // Sent again, four at once (a POS retrying on a timeout): one purchase, one set of points.
        var replays = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostAsync("/api/v1/orders", order)));
        Assert.All(replays, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.All(replays, r => Assert.Equal(first.Text, r.Text));
        Assert.Equal(1, await App.CountAsync<Purchase>());
        Assert.Equal(12, (await GetAsync("/api/v1/customers/+919876543210")).Body.GetProperty("loyaltyPoints").GetInt32());
        Assert.Equal(4, (await GetAsync("/api/v1/stock/KUR-BLU-M")).Body.GetProperty("quantity").GetInt32());

        var changed = await PostAsync("/api/v1/orders", Order("POS-7", Priya, 2598m, ("KUR-BLU-M", 2, 1299m)));
        AssertProblem(changed, HttpStatusCode.Conflict, "lines, total");
        Assert.Equal(1, await App.CountAsync<Purchase>());
    }

    [Fact]
    public async Task New_orders_sent_at_the_same_time_under_one_id_are_stored_once()
    {
        var order = Order("POS-RACE", Priya, 1299m, ("KUR-BLU-M", 1, 1299m));

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostAsync("/api/v1/orders", order)));

        Assert.Single(answers, a => a.Status == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Equal(1, await App.CountAsync<Purchase>());
        Assert.Equal(12, await App.QueryAsync(d => d.Customers.Select(c => c.LoyaltyPoints).SingleAsync()));
    }

    [Fact]
    public async Task Bad_orders_are_problem_details_naming_every_field_at_fault()
    {
        var wrong = await PostAsync("/api/v1/orders", new
        {
            externalId = "",
            customerPhone = "call me",
            lines = new object[] { new { sku = "KUR-BLU-M", quantity = 0, unitPrice = -1m } },
            total = 10m,
            placedAt = Clock.GetUtcNow().AddHours(1),
        });

        AssertProblem(wrong, HttpStatusCode.BadRequest, "Invalid request");
        var errors = wrong.Body.GetProperty("errors");
        foreach (var field in new[] { "externalId", "customerPhone", "lines[0].quantity", "lines[0].unitPrice", "placedAt" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing from {wrong.Text}");
        }

        AssertProblem(await PostAsync("/api/v1/orders", Order("POS-2", Priya, 1000m, ("KUR-BLU-M", 1, 1299m))), HttpStatusCode.BadRequest, "the lines add up to 1299");
        AssertProblem(await PostAsync("/api/v1/orders", Order("POS-3", Priya, 0m)), HttpStatusCode.BadRequest, "at least one line");
        AssertProblem(await SendAsync(HttpMethod.Post, "/api/v1/orders", "{\"externalId\": \"POS-4\", \"lines\": [}"), HttpStatusCode.BadRequest, "JSON");
        AssertProblem(await SendAsync(HttpMethod.Post, "/api/v1/orders", "[]"), HttpStatusCode.BadRequest, "JSON");
        AssertProblem(await GetAsync("/api/v1/orders/POS-404"), HttpStatusCode.NotFound, "POS-404");
        AssertProblem(await PostAsync("/api/v1/orders", Order("POS-5", Priya, 1299m, ("KUR-BLU-M", 1, 1299m)), key: null), HttpStatusCode.Unauthorized, "X-Api-Key");
        Assert.Equal(0, await App.CountAsync<Purchase>());
        Assert.Equal(5, (await GetAsync("/api/v1/stock/KUR-BLU-M")).Body.GetProperty("quantity").GetInt32());
    }
}

public sealed class SqliteOrdersApiTests() : OrdersApiTests(Db.Sqlite);

public sealed class PostgresOrdersApiTests() : OrdersApiTests(Db.Postgres);
