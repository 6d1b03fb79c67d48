using System.Net;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Integration;

/// <summary><c>/api/v1/customers/{phone}</c>, and the keys every API call needs.</summary>
public abstract class CustomersApiTests(Db db) : IntegrationApiTestBase(db)
{
    private static readonly object Signup = new
    {
        name = "Priya Sharma",
        marketingConsent = new { granted = true, source = "pos_signup", at = "2026-11-20T10:00:00Z" },
    };

    [Fact]
    public async Task Put_creates_then_updates_one_customer_per_phone_and_records_consent_once()
    {
        var created = await PutAsync("/api/v1/customers/98765%2043210", Signup);

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("/api/v1/customers/%2B919876543210", created.Location);
        Assert.Equal("+919876543210", created.Body.GetProperty("phone").GetString());
        Assert.Equal("Priya Sharma", created.Body.GetProperty("name").GetString());
        Assert.True(created.Body.GetProperty("marketingConsent").GetProperty("granted").GetBoolean());
        Assert.Equal(new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc), created.Body.GetProperty("marketingConsent").GetProperty("at").GetDateTime().ToUniversalTime());
        Assert.Equal("no-store", created.CacheControl);

        var again = await PutAsync("/api/v1/customers/+91-98765-43210", Signup);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(created.Text, again.Text);

        var read = await GetAsync("/api/v1/customers/09876543210");
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(created.Text, read.Text);
        Assert.Equal("no-store", read.CacheControl);
        Assert.False(read.Body.GetProperty("optedOut").GetBoolean());
        Assert.Equal(0, read.Body.GetProperty("loyaltyPoints").GetInt32());

        var consent = Assert.Single(await App.QueryAsync(d => d.ConsentEvents.AsNoTracking().ToListAsync()));
        Assert.Equal((ConsentChange.MarketingOptIn, ConsentSource.Api, "pos_signup"), (consent.Change, consent.Source, consent.Origin));
        Assert.Equal(new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc), consent.OccurredAt);
        Assert.Equal(1, await App.CountAsync<Core.Customers.Customer>());

        // Withdrawn at the till: recorded, and the name left out stays as it was.
        var withdrawn = await PutAsync("/api/v1/customers/+919876543210", new { marketingConsent = new { granted = false, source = "pos_profile", at = Clock.GetUtcNow() } });
        Assert.Equal(HttpStatusCode.OK, withdrawn.Status);
        Assert.False(withdrawn.Body.GetProperty("marketingConsent").GetProperty("granted").GetBoolean());
        Assert.Equal("Priya Sharma", withdrawn.Body.GetProperty("name").GetString());
        Assert.Equal(2, await App.CountAsync<ConsentEvent>());
    }

    [Fact]
    public async Task A_customer_who_sent_stop_is_not_opted_in_to_offers_by_the_api()
    {
        await Chat.AskAsync(Priya, "STOP", MessageChannel.Sms);

        var refused = await PutAsync("/api/v1/customers/+919876543210", Signup);

        AssertProblem(refused, HttpStatusCode.Conflict, "START");
        var customer = await GetAsync("/api/v1/customers/+919876543210");
        Assert.True(customer.Body.GetProperty("optedOut").GetBoolean());
        Assert.False(customer.Body.GetProperty("marketingConsent").GetProperty("granted").GetBoolean());
        Assert.Null(customer.Body.GetProperty("name").GetString()); // the refused call changed nothing
        Assert.DoesNotContain(await App.QueryAsync(d => d.ConsentEvents.Select(e => e.Source).ToListAsync()), s => s == ConsentSource.Api);
    }

    [Fact]
    public async Task Bad_customer_requests_are_problem_details_naming_the_field()
    {
        AssertProblem(await PutAsync("/api/v1/customers/not-a-phone", Signup), HttpStatusCode.BadRequest, "phone");
        AssertProblem(await GetAsync("/api/v1/customers/abc"), HttpStatusCode.BadRequest, "phone");
        AssertProblem(await GetAsync("/api/v1/customers/+919811111111"), HttpStatusCode.NotFound, "No customer");

        var future = await PutAsync("/api/v1/customers/+919876543210", new { marketingConsent = new { granted = true, source = "web", at = Clock.GetUtcNow().AddDays(1) } });
        AssertProblem(future, HttpStatusCode.BadRequest, "marketingConsent.at");
        Assert.Equal("is in the future.", future.Body.GetProperty("errors").GetProperty("marketingConsent.at")[0].GetString());

        AssertProblem(await PutAsync("/api/v1/customers/+919876543210", new { marketingConsent = new { granted = true } }), HttpStatusCode.BadRequest, "marketingConsent.source");
        AssertProblem(await SendAsync(HttpMethod.Put, "/api/v1/customers/+919876543210", "{\"name\": \"Priya\""), HttpStatusCode.BadRequest, "JSON");
        AssertProblem(await SendAsync(HttpMethod.Put, "/api/v1/customers/+919876543210", "{\"name\": 42}"), HttpStatusCode.BadRequest, "$.name");
        AssertProblem(await SendAsync(HttpMethod.Put, "/api/v1/customers/+919876543210", "{\"nmae\": \"Priya\"}"), HttpStatusCode.BadRequest, "nmae");
        AssertProblem(await SendAsync(HttpMethod.Put, "/api/v1/customers/+919876543210", "name=Priya", contentType: "text/plain"), HttpStatusCode.UnsupportedMediaType, "");
        Assert.Equal(0, await App.CountAsync<Core.Customers.Customer>());
    }

    [Fact]
    public async Task Every_call_needs_a_live_key_and_a_read_only_key_only_reads()
    {
        await PutAsync("/api/v1/customers/+919876543210", Signup);

        AssertProblem(await GetAsync("/api/v1/customers/+919876543210", key: null), HttpStatusCode.Unauthorized, "X-Api-Key");
        AssertProblem(await GetAsync("/api/v1/customers/+919876543210", key: "rcb_not-a-key"), HttpStatusCode.Unauthorized, "unknown or revoked");

        var reports = await CreateKeyAsync("reports", readOnly: true);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/customers/+919876543210", reports)).Status);
        AssertProblem(await PutAsync("/api/v1/customers/+919876543210", new { name = "Someone Else" }, reports), HttpStatusCode.Forbidden, "read-only");
        AssertProblem(await PostAsync("/api/v1/orders", Order("R-1", Priya, 100m, ("SKU-1", 1, 100m)), reports), HttpStatusCode.Forbidden, "read-only");
        Assert.Equal("Priya Sharma", (await GetAsync("/api/v1/customers/+919876543210")).Body.GetProperty("name").GetString());

        await RevokeKeyAsync("pos");
        AssertProblem(await GetAsync("/api/v1/customers/+919876543210"), HttpStatusCode.Unauthorized, "unknown or revoked");
        AssertProblem(await PutAsync("/api/v1/customers/+919876543210", Signup), HttpStatusCode.Unauthorized, "unknown or revoked");
    }

    [Fact]
    public async Task A_path_or_method_the_api_does_not_have_is_a_problem_detail_too()
    {
        AssertProblem(await GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound, "404");
        AssertProblem(await SendAsync(HttpMethod.Delete, "/api/v1/customers/+919876543210"), HttpStatusCode.MethodNotAllowed, "405");
    }
}

public sealed class SqliteCustomersApiTests() : CustomersApiTests(Db.Sqlite);

public sealed class PostgresCustomersApiTests() : CustomersApiTests(Db.Postgres);
