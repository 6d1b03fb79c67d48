using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Integration;

/// <summary>The API describes itself at /openapi/v1.json, and its reference page at /scalar/v1 may run its scripts.</summary>
public sealed partial class OpenApiDocumentTests : AppTestBase
{
    public OpenApiDocumentTests() : base(Db.Sqlite) { }

    [Fact]
    public async Task The_document_lists_every_operation_with_its_answers_and_the_key_it_needs()
    {
        using var response = await Client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");

        var expected = new (string Path, string Method, string Id, string[] Statuses)[]
        {
            ("/api/v1/customers/{phone}", "get", "GetCustomer", ["200", "400", "401", "404"]),
            ("/api/v1/customers/{phone}", "put", "PutCustomer", ["200", "201", "400", "401", "403", "409"]),
            ("/api/v1/products/{sku}", "get", "GetProduct", ["200", "404"]),
            ("/api/v1/products/{sku}", "put", "PutProduct", ["200", "201", "400", "403"]),
            ("/api/v1/stock/{sku}", "get", "GetStock", ["200", "404"]),
            ("/api/v1/stock/{sku}", "put", "PutStock", ["200", "400", "403", "404"]),
            ("/api/v1/orders", "post", "PostOrder", ["200", "201", "400", "403", "409"]),
            ("/api/v1/orders/{externalId}", "get", "GetOrder", ["200", "404"]),
            ("/api/v1/imports/customers", "post", "ImportCustomers", ["200", "400", "401", "403", "413", "415"]),
            ("/api/v1/imports/products", "post", "ImportProducts", ["200", "400", "401", "403", "413", "415"]),
        };
        foreach (var (path, method, id, statuses) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the document");
            var operation = item.GetProperty(method);
            Assert.Equal(id, operation.GetProperty("operationId").GetString());
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
            foreach (var status in statuses)
            {
                Assert.True(operation.GetProperty("responses").TryGetProperty(status, out _), $"{method} {path} does not document {status}");
            }
        }

        Assert.Equal(expected.Select(e => e.Path).Distinct().Order(), paths.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("header", document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("X-Api-Key").GetProperty("in").GetString());
        Assert.True(document.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty("OrderPost", out _));
    }

    [Fact]
    public async Task The_reference_page_runs_under_a_policy_that_allows_its_own_scripts_only()
    {
        using var response = await Client.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        var nonce = Assert.Single(Nonce().Matches(policy)).Groups[1].Value;
        Assert.Contains("script-src 'self' 'nonce-", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("https:", policy, StringComparison.Ordinal);
        var inline = Regex.Matches(page, "<script(?![^>]*\\ssrc=)([^>]*)>");
        Assert.NotEmpty(inline);
        Assert.All(inline, s => Assert.Contains($"nonce=\"{nonce}\"", s.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("//cdn.", page, StringComparison.Ordinal);

        // Its scripts come from this app.
        foreach (Match src in Regex.Matches(page, "<script[^>]*\\ssrc=\"([^\"]+)\""))
        {
            using var script = await Client.GetAsync(new Uri(new Uri(Client.BaseAddress!, "/scalar/v1"), src.Groups[1].Value));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }

        // A second visit gets a fresh nonce: a nonce once seen is no key to the page.
        using var again = await Client.GetAsync("/scalar/v1");
        Assert.DoesNotContain(nonce, string.Join(' ', again.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();
}
