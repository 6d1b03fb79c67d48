using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Core.Integration;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Integration.Imports;

/// <summary>The real app with a read-write API key, and import files made to order.</summary>
public abstract class ImportTestBase(Db db) : AppTestBase(db)
{
    public const string CustomersPath = "/api/v1/imports/customers";
    public const string ProductsPath = "/api/v1/imports/products";
    public const string Csv = "text/csv";
    public const string Ndjson = "application/x-ndjson";

    protected string Key { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Key = await CreateKeyAsync("imports", readOnly: false);
    }

    protected async Task<string> CreateKeyAsync(string name, bool readOnly)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().CreateAsync(name, readOnly, CancellationToken.None);
    }

    protected Task<HttpResponseMessage> PostAsync(string path, string file, string contentType, string? key = null) =>
        PostAsync(path, new ByteArrayContent(Encoding.UTF8.GetBytes(file)), contentType, key ?? Key);

    protected async Task<HttpResponseMessage> PostAsync(string path, HttpContent content, string contentType, string? key, CancellationToken ct = default)
    {
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await Client.SendAsync(request, ct);
    }

    /// <summary>Imports and expects 200; the counts it answered with.</summary>
    protected async Task<(int Created, int Updated, int Unchanged)> ImportAsync(string path, string file, string contentType)
    {
        var response = await PostAsync(path, file, contentType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return (root.GetProperty("created").GetInt32(), root.GetProperty("updated").GetInt32(), root.GetProperty("unchanged").GetInt32());
    }

    /// <summary>The line numbers a 400 lists, and the total it says there are.</summary>
    protected static async Task<(int[] Lines, int Count, string Body)> BadLinesAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var lines = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()).ToArray();
        return (lines, json.RootElement.GetProperty("errorCount").GetInt32(), body);
    }

    /// <summary>"+9198" and eight digits: a distinct Indian mobile number for each <paramref name="i"/>.</summary>
    public static string Phone(int i) => "+9198" + i.ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>Customers <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> as CSV; every even one consents at the POS.</summary>
    public static string CustomersCsv(int count, int from = 0)
    {
        var csv = new StringBuilder("phone,name,marketingConsent,consentSource,consentAt\n");
        for (var i = from; i < from + count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Phone(i)},Customer {i},");
            csv.Append(i % 2 == 0 ? "true,pos_signup,2026-11-01T10:00:00Z\n" : ",,\n");
        }

        return csv.ToString();
    }

    /// <summary>
    /// <paramref name="count"/> variants as NDJSON, four sizes of each product ("Kurta 0" in S, M, L and XL, …), in stock.
    /// </summary>
    public static string ProductsNdjson(int count)
    {
        string[] sizes = ["S", "M", "L", "XL"];
        var ndjson = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            ndjson.Append(CultureInfo.InvariantCulture,
                $$"""{"sku":"SKU-{{i:D6}}","name":"Kurta {{i / 4}}","price":{{100 + (i % 50)}}.50,"colour":"blue","size":"{{sizes[i % 4]}}","stock":{{1 + (i % 7)}}}""");
            ndjson.Append('\n');
        }

        return ndjson.ToString();
    }
}
