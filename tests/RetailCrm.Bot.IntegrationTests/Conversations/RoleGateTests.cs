using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Conversations;

/// <summary>A role never gets an intent above it: nothing is recorded and nothing is revealed.</summary>
public abstract class RoleGateTests(Db db) : ConversationTestBase(db)
{
    [Theory]
    [InlineData(Priya, "sale 9876543210 2499 shoes")]
    [InlineData(Priya, "Sold blue kurta to 9123456780 for Rs 1,299")]
    [InlineData(Priya, "restock red saree qty 5")]
    [InlineData(Priya, "note 9812345678 owes money")]
    [InlineData(Priya, "complaint 9812345678 rude")]
    [InlineData(Priya, "add Ramesh 9812345678 as staff")]
    [InlineData(Priya, "offer all 50% off everything")]
    [InlineData(StaffPhone, "offer all 50% off everything")]
    [InlineData(StaffPhone, "add Sita 9812345678 as staff")]
    [InlineData(StaffPhone, "remove staff 9123409876")]
    public async Task A_command_above_the_senders_role_changes_nothing(string from, string text)
    {
        var reply = await Chat.AskAsync(from, text);

        Assert.DoesNotContain("logged", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Stock updated", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("will get", reply, StringComparison.Ordinal);
        Assert.Equal(0, await App.QueryAsync(d => d.Purchases.CountAsync()));
        Assert.Equal(0, await App.QueryAsync(d => d.Products.CountAsync()));
        Assert.Equal(0, await App.QueryAsync(d => d.CustomerNotes.CountAsync()));
        Assert.Equal(0, await App.QueryAsync(d => d.Campaigns.CountAsync()));
        Assert.Equal(0, await App.QueryAsync(d => d.Complaints.CountAsync(c => c.Customer!.Phone == "+919812345678")));
        Assert.Equal(1, await App.QueryAsync(d => d.Staff.CountAsync(s => s.IsActive)));
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("aaj ka hisaab")]
    [InlineData("top customers")]
    [InlineData("who is 9123456780")]
    [InlineData("inactive customers")]
    public async Task A_shopper_asking_for_store_numbers_or_other_customers_learns_nothing(string text)
    {
        await App.ExecuteAsync(d =>
        {
            var other = new Core.Customers.Customer { Phone = "+919123456780", Name = "Kavita", CreatedAt = DateTime.UtcNow };
            d.Customers.Add(other);
            d.Purchases.Add(new Core.Sales.Purchase { Customer = other, Amount = 5000m, PurchasedAt = DateTime.UtcNow });
            return Task.CompletedTask;
        });

        var reply = await Chat.AskAsync(Priya, text);

        Assert.DoesNotContain("Kavita", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("5,000", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Sales:", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("91234 56780", reply, StringComparison.Ordinal);
    }
}

public sealed class SqliteRoleGateTests() : RoleGateTests(Db.Sqlite);

public sealed class PostgresRoleGateTests() : RoleGateTests(Db.Postgres);
