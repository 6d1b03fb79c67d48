using System.Net;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Integration.Imports;

/// <summary>Who may import, and in what formats. Refusals are problem details; nothing is written.</summary>
public sealed class ImportAccessTests() : ImportTestBase(Db.Sqlite)
{
    private const string File = "phone,name\n+919812345601,Asha\n";

    [Theory]
    [InlineData(CustomersPath, "application/json")]
    [InlineData(CustomersPath, "text/plain")]
    [InlineData(ProductsPath, "application/octet-stream")]
    [InlineData(ProductsPath, "text/csv; charset=iso-8859-1")]
    public async Task Another_file_type_is_415(string path, string contentType)
    {
        var response = await PostAsync(path, File, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_read_only_key_is_403_and_no_key_is_401()
    {
        var readOnly = await CreateKeyAsync("reports", readOnly: true);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(CustomersPath, File, Csv, readOnly)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(CustomersPath, new StringContent(File), Csv, key: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(ProductsPath, File, Csv, "rcb_not-a-key")).StatusCode);
        Assert.Equal(0, await App.CountAsync<Core.Customers.Customer>());
    }

    [Fact]
    public async Task The_imports_are_described_in_the_OpenAPI_document()
    {
        var document = await Client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"operationId\": \"ImportCustomers\"", document, StringComparison.Ordinal);
        Assert.Contains("\"operationId\": \"ImportProducts\"", document, StringComparison.Ordinal);
        Assert.Contains("application/x-ndjson", document, StringComparison.Ordinal);
    }
}
