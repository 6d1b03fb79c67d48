using System.Net;
using System.Text;
using RetailCrm.Bot.Integration.Imports;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Integration.Imports;

/// <summary>
/// On a real Kestrel socket (the in-process test server has no body limit at all): an import may be far larger than the
/// 1 MB every other request is held to, up to <see cref="ImportsApi.MaxFileBytes"/>, and no larger.
/// </summary>
public sealed class ImportBodyLimitTests : IAsyncLifetime
{
    private RealBot _bot = null!;
    private string _key = null!;

    public async Task InitializeAsync()
    {
        _bot = await RealBot.StartAsync();
        var (exitCode, output, error) = await AppProcess.RunSeparatelyAsync(
            new Dictionary<string, string>
            {
                ["ConnectionStrings__Crm"] = _bot.ConnectionString,
                ["Store__Name"] = TestSettings.StoreName,
                ["Store__OwnerPhones__0"] = TestSettings.OwnerPhone,
            },
            ["api-keys", "create", "limits"]);
        Assert.True(exitCode == 0, output + error);
        _key = output.Trim().Split('\n')[^1].Trim();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_file_of_several_megabytes_is_taken()
    {
        var file = ImportTestBase.CustomersCsv(60_000);
        Assert.True(file.Length > 2 * 1024 * 1024);

        using var request = new HttpRequestMessage(HttpMethod.Post, ImportTestBase.CustomersPath)
        {
            Content = new StringContent(file, Encoding.UTF8, "text/csv"),
        };
        request.Headers.Add("X-Api-Key", _key);
        var response = await _bot.Http.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task A_file_over_the_limit_is_413()
    {
        var head = RawHttp.Head(
            "POST", ImportTestBase.CustomersPath, "Content-Type: text/csv", $"X-Api-Key: {_key}", $"Content-Length: {ImportsApi.MaxFileBytes + 1}");

        Assert.Equal(413, await RawHttp.SendAsync(_bot.Port, head, Encoding.ASCII.GetBytes("phone,name\n")));
    }

    [Fact]
    public async Task Other_requests_keep_the_one_megabyte_limit()
    {
        var head = RawHttp.Head("POST", "/webhooks/twilio/messages", "Content-Type: application/x-www-form-urlencoded", "Content-Length: 2000000");

        Assert.Equal(413, await RawHttp.SendAsync(_bot.Port, head, new byte[100_000]));
    }
}
