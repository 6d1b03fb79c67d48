using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Insights;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Store;
using RetailCrm.Bot.Persistence;
using RetailCrm.Bot.Persistence.Providers;
using RetailCrm.Bot.Persistence.SetBased;

namespace RetailCrm.Bot.UnitTests.Insights;

/// <summary>
/// No SQL Server runs here (the insight tests run on SQLite and PostgreSQL), so every insight query is compiled for
/// SQL Server instead: EF Core translates a query before it connects, so a query SQL Server cannot run fails with a
/// translation error, and one it can fails only because nothing listens on the port.
/// </summary>
public sealed class SqlServerInsightQueriesTests : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IServiceScope _scope;

    public SqlServerInsightQueriesTests()
    {
        var services = new ServiceCollection();
        // Port 1 on this machine refuses at once; no retries, so the test fails fast where a server would answer.
        services.AddDbContext<SqlServerCrmDbContext>(o => o.UseSqlServer("Server=tcp:127.0.0.1,1;Database=crm;Connect Timeout=2;ConnectRetryCount=0;Encrypt=false"));
        services.AddScoped<CrmDbContext>(sp => sp.GetRequiredService<SqlServerCrmDbContext>());
        services.AddScoped<ICrmDbContext>(sp => sp.GetRequiredService<SqlServerCrmDbContext>());
        services.AddSetBasedWrites();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(new StoreOptions()));
        services.AddSingleton(Options.Create(new EngagementOptions()));
        services.AddSingleton<StoreClock>();
        services.AddScoped<Segments>();
        services.AddScoped<RfmReport>();
        services.AddScoped<CustomerStats>();
        services.AddScoped<CampaignResults>();
        _services = services.BuildServiceProvider();
        _scope = _services.CreateScope();
    }

    private T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public static TheoryData<string> Segment => [.. Segments.Names];

    [Theory]
    [MemberData(nameof(Segment))]
    public async Task Each_segment_is_one_sql_server_query_and_the_fan_out_selects_from_it(string segment)
    {
        await Assert.ThrowsAsync<SqlException>(() => Get<Segments>().CountAsync(segment, CancellationToken.None));

        // What the campaign fan-out wraps in its INSERT … SELECT.
        var recipients = Get<Segments>().Members(segment).Select(c => new FanOutRecipient { CustomerId = c.Id, ToPhone = c.Phone, IdempotencyKey = "offer:1:" + c.Id });
        var sql = recipients.ToQueryString();
        Assert.Contains("FROM [customers]", sql, StringComparison.Ordinal);
        if (Segments.IsRfm(segment))
        {
            Assert.Contains("RANK() OVER (ORDER BY s.\"Purchases\")", sql, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_segment_report_compiles_for_sql_server()
    {
        await Assert.ThrowsAsync<SqlException>(() => Get<RfmReport>().SizesAsync(CancellationToken.None));
        await Assert.ThrowsAsync<SqlException>(() => Get<RfmReport>().TopAsync(RfmSegments.AtRisk, 6, CancellationToken.None));
        await Assert.ThrowsAsync<SqlException>(() => Get<RfmReport>().TopAsync(RfmSegments.New, 6, CancellationToken.None));
    }

    [Fact]
    public async Task The_customer_numbers_compile_for_sql_server()
    {
        var stats = Get<CustomerStats>();
        await Assert.ThrowsAsync<SqlException>(() => stats.CountAsync(DateTime.UtcNow, CancellationToken.None));
        await Assert.ThrowsAsync<SqlException>(() => stats.BuyingAsync(null, CancellationToken.None));
        await Assert.ThrowsAsync<SqlException>(() => stats.BuyingAsync(Period.For("month", Get<StoreClock>()), CancellationToken.None));
        await Assert.ThrowsAsync<SqlException>(() => stats.CohortsAsync(6, CancellationToken.None));
    }

    [Fact]
    public async Task Campaign_results_compile_for_sql_server()
    {
        var results = Get<CampaignResults>();
        await Assert.ThrowsAsync<SqlException>(() => results.ByCampaignAsync([1, 2], CancellationToken.None));
        foreach (var query in results.ForCampaigns([1, 2]).All.Concat(results.ForKinds(DateTime.UtcNow.AddDays(-30), DateTime.UtcNow).All))
        {
            Assert.Contains("GROUP BY", query.ToQueryString(), StringComparison.Ordinal);
        }

        // The window is added to the send time by SQL Server itself.
        Assert.Contains("DATEADD(second", results.ForKinds(DateTime.UtcNow.AddDays(-30), DateTime.UtcNow).Bought.ToQueryString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
    }
}
