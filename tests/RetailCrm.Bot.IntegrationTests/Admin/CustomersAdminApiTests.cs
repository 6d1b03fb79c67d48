using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Admin;

/// <summary>A customer's data can be exported and erased on request, by someone holding the admin key.</summary>
public abstract class CustomersAdminApiTests(Db db) : IAsyncLifetime
{
    private const string Key = "admin-test-key";
    private readonly FakeTwilio _twilio = new();
    private BotApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await BotApp.StartAsync(db, _twilio, new Dictionary<string, string?> { ["Admin:ApiKey"] = Key }, ClientAddress.FromHeader);
        _client = _app.CreateClient();
        var chat = new ChatSession(_app, _twilio, _client);
        await chat.AskAsync("+919876543210", "do you have a red saree?", MessageChannel.WhatsApp, "Priya");
        await chat.AskAsync(TestSettings.OwnerPhone, "sale 9876543210 2499 red saree");
        await chat.AskAsync(TestSettings.OwnerPhone, "note 9876543210 prefers silk");
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _twilio.Dispose();
    }

    [Fact]
    public async Task Export_returns_everything_held_about_the_customer()
    {
        var response = await Send(HttpMethod.Get, "/admin/customers/98765%2043210");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = export.RootElement;
        Assert.Equal("+919876543210", root.GetProperty("customer").GetProperty("phone").GetString());
        Assert.Equal("Priya", root.GetProperty("customer").GetProperty("whatsAppProfileName").GetString());
        Assert.Equal(2499m, root.GetProperty("purchases")[0].GetProperty("amount").GetDecimal());
        Assert.Equal("prefers silk", root.GetProperty("notes")[0].GetProperty("text").GetString());
        Assert.Equal("do you have a red saree?", root.GetProperty("messagesReceived")[0].GetProperty("body").GetString());
        Assert.True(root.GetProperty("messagesSent").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Erase_forgets_the_person_and_keeps_the_sale_in_the_numbers()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Delete, "/admin/customers/+919876543210")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Get, "/admin/customers/+919876543210")).StatusCode);
        Assert.False(await _app.QueryAsync(d => d.InboundMessages.AnyAsync(m => m.FromPhone == "+919876543210")));
        Assert.False(await _app.QueryAsync(d => d.OutboundMessages.AnyAsync(m => m.ToPhone == "+919876543210")));
        Assert.False(await _app.QueryAsync(d => d.CustomerNotes.AnyAsync()));
        Assert.Equal(2499m, await _app.QueryAsync(d => d.Purchases.Select(p => p.Amount).SingleAsync()));
    }

    [Fact]
    public async Task Export_includes_the_orders_and_consent_the_stores_system_sent()
    {
        await AddWhatTheStoresSystemSentAsync();

        using var export = JsonDocument.Parse(await (await Send(HttpMethod.Get, "/admin/customers/+919876543210")).Content.ReadAsStringAsync());

        var order = export.RootElement.GetProperty("purchases").EnumerateArray().Single(p => p.GetProperty("externalId").GetString() == "POS-1001");
        Assert.Equal(1800m, order.GetProperty("amount").GetDecimal());
        var line = Assert.Single(order.GetProperty("lines").EnumerateArray());
        Assert.Equal("KUR-BLU-M", line.GetProperty("sku").GetString());
        Assert.Equal(2, line.GetProperty("quantity").GetInt32());
        var consent = export.RootElement.GetProperty("consent").EnumerateArray().Single(c => c.GetProperty("source").GetString() == "Api");
        Assert.Equal("pos_signup", consent.GetProperty("origin").GetString());
        Assert.Equal("MarketingOptIn", consent.GetProperty("change").GetString());
    }

    [Fact]
    public async Task Erase_removes_the_orders_and_consent_the_stores_system_sent()
    {
        await AddWhatTheStoresSystemSentAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Delete, "/admin/customers/+919876543210")).StatusCode);

        Assert.False(await _app.QueryAsync(d => d.Purchases.AnyAsync(p => p.ExternalId != null)));
        Assert.Equal(0, await _app.CountAsync<PurchaseLine>());
        Assert.False(await _app.QueryAsync(d => d.ConsentEvents.AnyAsync(e => e.Source == ConsentSource.Api)));
        Assert.Equal(2499m, await _app.QueryAsync(d => d.Purchases.Select(p => p.Amount).SingleAsync())); // staff's sale stays, anonymous
    }

    [Theory]
    [InlineData(null, "/admin/customers/+919876543210", HttpStatusCode.Unauthorized)]
    [InlineData("wrong", "/admin/customers/+919876543210", HttpStatusCode.Unauthorized)]
    [InlineData(Key, "/admin/customers/not-a-number", HttpStatusCode.BadRequest)]
    [InlineData(Key, "/admin/customers/+919812345678", HttpStatusCode.NotFound)]
    public async Task Requests_without_the_key_or_for_no_one_get_a_clear_4xx(string? key, string path, HttpStatusCode status)
    {
        var response = await Send(HttpMethod.Get, path, key);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(Key, "/admin/customers/+919876543210")]
    [InlineData(Key, "/admin/customers/+919812345678")]
    [InlineData("wrong", "/admin/customers/+919876543210")]
    [InlineData(null, "/admin/customers/+919876543210")]
    public async Task No_answer_about_a_customer_may_be_cached(string? key, string path)
    {
        var response = await Send(HttpMethod.Get, path, key);

        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task After_ten_wrong_keys_an_address_is_refused_even_with_the_right_key_and_others_are_not()
    {
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Get, "/admin/customers/+919876543210", $"guess-{i}", ClientAddress.Remote)).StatusCode);
        }

        var eleventh = await Send(HttpMethod.Get, "/admin/customers/+919876543210", "guess-10", ClientAddress.Remote);
        var rightKey = await Send(HttpMethod.Get, "/admin/customers/+919876543210", Key, ClientAddress.Remote);
        var elsewhere = await Send(HttpMethod.Get, "/admin/customers/+919876543210", Key, "198.51.100.20");

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.NotNull(eleventh.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task The_right_key_is_never_limited()
    {
        for (var i = 0; i < 25; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, "/admin/customers/+919876543210", Key, ClientAddress.Remote)).StatusCode);
        }
    }

    /// <summary>An order and a marketing opt-in as the integration API records them.</summary>
    private Task AddWhatTheStoresSystemSentAsync() => _app.ExecuteAsync(async d =>
    {
        var customer = await d.Customers.SingleAsync(c => c.Phone == "+919876543210");
        var at = new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);
        d.Purchases.Add(new Purchase
        {
            CustomerId = customer.Id,
            Amount = 1800m,
            ExternalId = "POS-1001",
            PurchasedAt = at,
            Lines = [new PurchaseLine { Sku = "KUR-BLU-M", Quantity = 2, UnitPrice = 900m }],
        });
        d.ConsentEvents.Add(new ConsentEvent
        {
            CustomerId = customer.Id,
            Phone = customer.Phone,
            Change = ConsentChange.MarketingOptIn,
            Source = ConsentSource.Api,
            Origin = "pos_signup",
            OccurredAt = at,
        });
    });

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string? key = Key, string? from = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        if (from is not null)
        {
            request.From(from);
        }

        return _client.SendAsync(request);
    }
}

public sealed class SqliteCustomersAdminApiTests() : CustomersAdminApiTests(Db.Sqlite);

public sealed class PostgresCustomersAdminApiTests() : CustomersAdminApiTests(Db.Postgres);

/// <summary>Without an admin key configured, the endpoints do not exist.</summary>
public sealed class AdminOffTests
{
    [Fact]
    public async Task Without_a_key_there_are_no_admin_endpoints()
    {
        await using var app = await BotApp.StartAsync(Db.Sqlite);
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/customers/+919876543210")).StatusCode);
    }
}
