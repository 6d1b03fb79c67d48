using System.Net;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Integration.Imports;

/// <summary>Customer imports: upsert by phone, consent written down once, and a bad line leaves everything as it was.</summary>
public abstract class CustomerImportTests(Db db) : ImportTestBase(db)
{
    [Fact]
    public async Task Two_bad_lines_among_good_ones_are_listed_by_line_and_nothing_is_imported()
    {
        var file = """
            phone,name,marketingConsent
            +919812345601,Asha,true
            not-a-phone,Ravi,false
            98123 45603,"Meena, from the ""Diwali"" fair",
            +919812345604,Kiran,maybe
            +919812345605,Sunil,
            """;

        var (lines, count, body) = await BadLinesAsync(await PostAsync(CustomersPath, file, Csv));

        Assert.Equal([3, 5], lines);
        Assert.Equal(2, count);
        Assert.Contains("maybe", body, StringComparison.Ordinal);
        Assert.Equal(0, await App.CountAsync<Customer>());
        Assert.Equal(0, await App.CountAsync<ConsentEvent>());
    }

    [Fact]
    public async Task The_same_phone_twice_is_a_bad_line_however_it_is_written()
    {
        var file = """
            {"phone":"+919812345601","name":"Asha"}

            {"phone":"098123 45601","name":"Asha again"}
            {"phone":"+919812345602","name":"Ravi","stok":3}
            """;

        var (lines, _, _) = await BadLinesAsync(await PostAsync(CustomersPath, file, Ndjson));

        Assert.Equal([3, 4], lines);
        Assert.Equal(0, await App.CountAsync<Customer>());
    }

    [Fact]
    public async Task NDJSON_customers_are_upserted_and_consent_is_written_down_once_per_change()
    {
        var granted = """
            {"phone":"+919812345601","name":"Asha","marketingConsent":{"granted":true,"source":"pos_signup","at":"2026-11-20T10:00:00+05:30"}}
            {"phone":"9812345602","name":"Ravi"}
            """;

        Assert.Equal((2, 0, 0), await ImportAsync(CustomersPath, granted, Ndjson));
        Assert.Equal((0, 0, 2), await ImportAsync(CustomersPath, granted, "application/jsonl"));

        var asha = await App.QueryAsync(d => d.Customers.SingleAsync(c => c.Phone == "+919812345601"));
        Assert.Equal(new DateTime(2026, 11, 20, 4, 30, 0, DateTimeKind.Utc), asha.MarketingConsentAt);
        var events = await App.QueryAsync(d => d.ConsentEvents.ToListAsync());
        var optIn = Assert.Single(events);
        Assert.Equal((ConsentChange.MarketingOptIn, ConsentSource.Api, "pos_signup", asha.Id), (optIn.Change, optIn.Source, optIn.Origin, optIn.CustomerId));

        var withdrawn = """
            {"phone":"+919812345601","marketingConsent":{"granted":false,"source":"web_preferences"}}
            {"phone":"+919812345602","name":"Ravi Kumar","marketingConsent":{"granted":false}}
            """;
        Assert.Equal((0, 2, 0), await ImportAsync(CustomersPath, withdrawn, Ndjson));
        Assert.Equal((0, 0, 2), await ImportAsync(CustomersPath, withdrawn, Ndjson));

        var customers = await App.QueryAsync(d => d.Customers.OrderBy(c => c.Phone).ToListAsync());
        Assert.Equal(["Asha", "Ravi Kumar"], customers.Select(c => c.Name));
        Assert.All(customers, c => Assert.Null(c.MarketingConsentAt));
        var changes = await App.QueryAsync(d => d.ConsentEvents.OrderBy(e => e.Id).Select(e => new { e.Change, e.Origin }).ToListAsync());
        Assert.Equal(
            [new { Change = ConsentChange.MarketingOptIn, Origin = (string?)"pos_signup" }, new { Change = ConsentChange.MarketingOptOut, Origin = (string?)"web_preferences" }],
            changes);
    }

    [Fact]
    public async Task Importing_the_same_CSV_again_changes_nothing()
    {
        var file = CustomersCsv(300);

        Assert.Equal((300, 0, 0), await ImportAsync(CustomersPath, file, Csv));
        Assert.Equal((0, 0, 300), await ImportAsync(CustomersPath, file, Csv));
        Assert.Equal((0, 1, 299), await ImportAsync(CustomersPath, file.Replace("Customer 7,", "Customer Seven,", StringComparison.Ordinal), Csv));

        Assert.Equal(300, await App.CountAsync<Customer>());
        Assert.Equal(150, await App.CountAsync<ConsentEvent>());
    }

    [Fact]
    public async Task A_customer_who_chatted_first_is_updated_not_duplicated()
    {
        await App.ExecuteAsync(d =>
        {
            d.Customers.Add(new Customer { Phone = "+919812345601", WhatsAppProfileName = "asha_k", CreatedAt = DateTime.UtcNow });
            return Task.CompletedTask;
        });

        Assert.Equal((1, 1, 0), await ImportAsync(CustomersPath, "phone,name\n+919812345601,Asha\n+919812345602,Ravi\n", Csv));

        var asha = await App.QueryAsync(d => d.Customers.SingleAsync(c => c.Phone == "+919812345601"));
        Assert.Equal(("Asha", "asha_k"), (asha.Name, asha.WhatsAppProfileName));
    }

    [Fact]
    public async Task A_header_with_an_unknown_column_is_refused_at_line_1()
    {
        var (lines, _, body) = await BadLinesAsync(await PostAsync(CustomersPath, "phone,nmae\n+919812345601,Asha\n", Csv));

        Assert.Equal([1], lines);
        Assert.Contains("nmae", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_cancelled_halfway_writes_nothing()
    {
        using var cancel = new CancellationTokenSource();
        var content = new HalfThenWaitContent(System.Text.Encoding.UTF8.GetBytes(CustomersCsv(2000)), cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PostAsync(CustomersPath, content, Csv, Key, cancel.Token));

        await WaitUntilIdleAsync();
        Assert.Equal(0, await App.CountAsync<Customer>());
        Assert.Equal((1, 0, 0), await ImportAsync(CustomersPath, CustomersCsv(1), Csv));
    }

    /// <summary>Sends half the file, then cancels the request, as a client that gives up or loses its connection does.</summary>
    private sealed class HalfThenWaitContent(byte[] file, CancellationTokenSource cancel) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(file.AsMemory(0, file.Length / 2));
            await stream.FlushAsync();
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, cancel.Token);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = file.Length;
            return true;
        }
    }
}

public sealed class SqliteCustomerImportTests() : CustomerImportTests(Db.Sqlite);

public sealed class PostgresCustomerImportTests() : CustomerImportTests(Db.Postgres);
