using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace RetailCrm.Bot.IntegrationTests.Conversations;

/// <summary>
/// What one turn costs the database, counted in SQL commands from loading the message to the commit that saves the
/// reply (the claim is the queue's one statement and not counted). Counts, not time: a turn that starts asking the
/// database one more question per message is a regression on any machine.
/// </summary>
public abstract class LeanTurnTests(Db db, ITestOutputHelper output) : ConversationTestBase(db)
{
    /// <summary>Issue 10: at most six round trips for a typical turn.</summary>
    public const int TypicalTurn = 6;

    /// <summary>
    /// The owner's summary counts a dozen things across six tables, a query per table (the message, the purchases,
    /// customers, inquiries, stock alerts, complaints, proactive counts, skip reasons, the save and the commit).
    /// </summary>
    public const int OwnerSummary = 10;

    private readonly TurnSqlCounter _sql = new();

    protected override Action<IServiceCollection> Services => _sql.AddTo;

    [Fact]
    public Task A_returning_shoppers_stock_question_is_answered_in_at_most_six_sql_round_trips() =>
        AssertCostAsync(Priya, "do you have red kurta in M", "Red Kurta (size M) is in stock", TypicalTurn);

    [Fact]
    public Task A_new_shoppers_first_message_takes_at_most_six_sql_round_trips() =>
        AssertCostAsync(Arjun, "hi", "Welcome to Kapoor Fashions", TypicalTurn, returning: false);

    [Fact]
    public Task A_loyalty_question_takes_at_most_six_sql_round_trips() =>
        AssertCostAsync(Priya, "my points", "You have 12 points", TypicalTurn);

    [Fact]
    public Task A_staff_sale_takes_at_most_six_sql_round_trips() =>
        AssertCostAsync(StaffPhone, "sold 2 blue shirts to 98765 43210 for 1200", "Sale logged: ₹1,200 to", TypicalTurn);

    [Fact]
    public Task An_owners_summary_takes_a_query_per_table_not_per_number() =>
        AssertCostAsync(Owner, "summary today", "Sales:", OwnerSummary);

    /// <summary>
    /// Sends <paramref name="text"/> (after a "hi" for someone <paramref name="returning"/>, so their customer and state
    /// rows exist) and checks the reply and that its turn took at most <paramref name="limit"/> round trips.
    /// </summary>
    private async Task AssertCostAsync(string phone, string text, string expectedReply, int limit, bool returning = true)
    {
        await SeedAsync();
        if (returning)
        {
            await Chat.AskAsync(phone, "hi", profileName: ProfileOf(phone));
        }

        var turn = await Chat.TurnAsync(phone, text, profileName: ProfileOf(phone));

        Assert.Contains(expectedReply, Assert.Single(turn.Replies), StringComparison.Ordinal);
        AssertAtMost(limit, turn, $"{phone}: {text}");
    }

    private static string? ProfileOf(string phone) => phone == Priya ? "Priya" : null;

    private void AssertAtMost(int limit, ChatTurn turn, string what)
    {
        Assert.True(_sql.AllCommands > 0, "the SQL counter saw no command at all");
        var statements = _sql.For(turn.InboundId);
        var trips = _sql.RoundTripsFor(turn.InboundId, App.Db);
        output.WriteLine($"{what}: {trips} round trips, {statements.Count} statements");
        foreach (var statement in statements)
        {
            output.WriteLine("  " + statement);
        }

        Assert.True(statements.Count > 0, "the SQL counter saw no command of the turn");
        Assert.True(trips <= limit, $"{what}: {trips} round trips, at most {limit} expected:\n{string.Join("\n", statements)}");
    }

    private Task SeedAsync() => App.ExecuteAsync(d =>
    {
        var kurta = new Product { Name = "Kurta", Key = "kurta", CreatedAt = DateTime.UtcNow };
        kurta.Variants.Add(new ProductVariant { Color = "red", Size = "M", StockQuantity = 3, Price = 1299m, UpdatedAt = DateTime.UtcNow });
        kurta.Variants.Add(new ProductVariant { Color = "blue", Size = "L", StockQuantity = 2, Price = 1299m, UpdatedAt = DateTime.UtcNow });
        d.Products.Add(kurta);
        var shirt = new Product { Name = "Shirt", Key = "shirt", CreatedAt = DateTime.UtcNow };
        shirt.Variants.Add(new ProductVariant { Color = "blue", StockQuantity = 10, Price = 600m, UpdatedAt = DateTime.UtcNow });
        d.Products.Add(shirt);
        d.Customers.Add(new Customer { Phone = Priya, Name = "Priya", CreatedAt = DateTime.UtcNow.AddDays(-10), LoyaltyPoints = 12 });
        return Task.CompletedTask;
    });
}

public sealed class SqliteLeanTurnTests(ITestOutputHelper output) : LeanTurnTests(Db.Sqlite, output);

public sealed class PostgresLeanTurnTests(ITestOutputHelper output) : LeanTurnTests(Db.Postgres, output);
