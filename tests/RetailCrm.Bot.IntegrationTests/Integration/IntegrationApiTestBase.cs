using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RetailCrm.Bot.Core.Integration;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Integration;

/// <summary>
/// The real app on a real database with WireMock as Twilio and a fake clock (so a check-in can come due), a
/// read-write key for the store's system, and a chat for the shoppers, staff and owner the API's data reaches.
/// </summary>
public abstract class IntegrationApiTestBase(Db db) : IAsyncLifetime
{
    public const string Owner = TestSettings.OwnerPhone;
    public const string StaffPhone = "+919123409876";
    public const string Priya = "+919876543210";

    /// <summary>Monday 23 November 2026, 10:00:30 in Kolkata: inside opening hours, off every job's round time.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 4, 30, 30, TimeSpan.Zero);

    protected FakeTwilio Twilio { get; } = new();

    protected FakeTimeProvider Clock { get; } = new(MondayMorning);

    protected BotApp App { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected ChatSession Chat { get; private set; } = null!;

    /// <summary>A read-write key, as <c>api-keys create pos</c> makes it.</summary>
    protected string Key { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        App = await BotApp.StartAsync(db, Twilio, services: s => s.AddSingleton<TimeProvider>(Clock));
        Client = App.CreateClient();
        Chat = new ChatSession(App, Twilio, Client);
        await App.ExecuteAsync(d =>
        {
            d.Staff.Add(new StaffMember { Phone = StaffPhone, Name = "Ramesh", AddedAt = MondayMorning.UtcDateTime });
            return Task.CompletedTask;
        });
        Key = await CreateKeyAsync("pos");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        Twilio.Dispose();
    }

    protected async Task<string> CreateKeyAsync(string name, bool readOnly = false)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().CreateAsync(name, readOnly, CancellationToken.None);
    }

    protected async Task RevokeKeyAsync(string name)
    {
        await using var scope = App.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().RevokeAsync(name, CancellationToken.None));
    }

    /// <summary>Sends <paramref name="json"/> (raw text, sent as it is) with the test's key unless another (or none) is given.</summary>
    protected async Task<ApiAnswer> SendAsync(HttpMethod method, string path, string? json = null, string? key = "", string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, contentType);
        }

        if (key != null)
        {
            request.Headers.Add("X-Api-Key", key.Length == 0 ? Key : key);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.CacheControl?.ToString(),
            response.Headers.Location?.ToString(), text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    protected Task<ApiAnswer> GetAsync(string path, string? key = "") => SendAsync(HttpMethod.Get, path, key: key);

    protected Task<ApiAnswer> PutAsync(string path, object body, string? key = "") => SendAsync(HttpMethod.Put, path, Json(body), key);

    protected Task<ApiAnswer> PostAsync(string path, object body, string? key = "") => SendAsync(HttpMethod.Post, path, Json(body), key);

    protected static string Json(object body) => JsonSerializer.Serialize(body, JsonSerializerOptions.Web);

    /// <summary>An order as a POS sends it, placed at the app's now unless told otherwise.</summary>
    protected object Order(string externalId, string phone, decimal total, params (string Sku, int Quantity, decimal UnitPrice)[] lines) => new
    {
        externalId,
        customerPhone = phone,
        lines = lines.Select(l => new { sku = l.Sku, quantity = l.Quantity, unitPrice = l.UnitPrice }).ToArray(),
        total,
        placedAt = Clock.GetUtcNow(),
    };

    /// <summary>A 4xx answer is a problem detail whose title (and detail) say what was wrong.</summary>
    protected static void AssertProblem(ApiAnswer answer, HttpStatusCode status, string containing)
    {
        Assert.True(status == answer.Status, $"expected {(int)status}, got {(int)answer.Status}: {answer.Text}");
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal((int)status, answer.Body.GetProperty("status").GetInt32());
        Assert.Contains(containing, answer.Text, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed record ApiAnswer(HttpStatusCode Status, string? ContentType, string? CacheControl, string? Location, JsonElement Body, string Text)
{
    public override string ToString() => $"{(int)Status} {Text}";
}
