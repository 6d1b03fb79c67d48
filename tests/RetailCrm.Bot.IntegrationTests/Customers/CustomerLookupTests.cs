using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using RetailCrm.Bot.Persistence.Providers;

namespace RetailCrm.Bot.IntegrationTests.Customers;

/// <summary>"who is …" answers without an Entity Framework warning in the operator's terminal.</summary>
public sealed class CustomerLookupTests
{
    [Fact]
    public async Task Who_is_lists_the_newest_inquiries_with_queries_ef_does_not_warn_about()
    {
        using var twilio = new FakeTwilio();
        twilio.AcceptEverything();
        // A warning EF would log becomes an exception, so the turn fails instead of printing it. These options are this
        // app's own, so its queries are compiled afresh rather than taken from another test's cache.
        await using var app = await BotApp.StartAsync(Db.Sqlite, twilio, services: services =>
            services.ConfigureDbContext<SqliteCrmDbContext>(o => o.ConfigureWarnings(w => w
                .Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning)
                .Throw(CoreEventId.FirstWithoutOrderByAndFilterWarning))));
        using var client = app.CreateClient();
        var chat = new ChatSession(app, twilio, client);
        foreach (var item in new[] { "red saree", "blue kurta", "green dupatta", "nike shoes" })
        {
            await chat.AskAsync(TestSettings.OwnerPhone, $"inquiry 98765 43210 {item}");
        }

        var answer = await chat.AskAsync(TestSettings.OwnerPhone, "who is 98765 43210");

        Assert.Contains("Asked about: ", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Red Saree", answer, StringComparison.OrdinalIgnoreCase);
    }
}
