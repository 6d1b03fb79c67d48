using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.StockAlerts;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Conversations;

/// <summary>Conversations over several messages: missing slots asked for, "it", and state that never traps anyone.</summary>
public abstract class DialogTests(Db db) : ConversationTestBase(db)
{
    [Fact]
    public async Task A_missing_item_is_asked_for_and_the_answer_fills_it()
    {
        Assert.Equal("Which item should I watch for you?", await Chat.AskAsync(Priya, "notify me when it's back"));

        var done = await Chat.AskAsync(Priya, "the blue kurta");

        Assert.Contains("I'll message you here as soon as Blue Kurta is back in stock", done, StringComparison.Ordinal);
        var alert = await App.QueryAsync(d => d.StockAlerts.AsNoTracking().SingleAsync());
        Assert.Equal(("kurta", "blue", StockAlertStatus.Waiting), (alert.ProductKey, alert.Color, alert.Status));
    }

    [Fact]
    public async Task It_means_the_item_just_discussed()
    {
        await SeedKurtaAsync();

        Assert.Contains("out of stock", await Chat.AskAsync(Priya, "do you have the kurta in size L?"), StringComparison.Ordinal);
        Assert.Contains("Kurta (size L)", await Chat.AskAsync(Priya, "notify me when it's back"), StringComparison.Ordinal);
        Assert.Contains("Yes! Kurta (size M) is in stock", await Chat.AskAsync(Priya, "do you have it in M?"), StringComparison.Ordinal);

        var alert = await App.QueryAsync(d => d.StockAlerts.AsNoTracking().SingleAsync());
        Assert.Equal(("kurta", "L"), (alert.ProductKey, alert.Size));
    }

    [Fact]
    public async Task Staff_are_asked_for_what_a_sale_is_missing()
    {
        Assert.Equal("How much was the sale? For example: 1299", await Chat.AskAsync(StaffPhone, "sale 9876543210"));
        Assert.Contains("Sale logged: ₹1,299 to +91 98765 43210", await Chat.AskAsync(StaffPhone, "1299"), StringComparison.Ordinal);
        Assert.Equal(1299m, await App.QueryAsync(d => d.Purchases.Select(p => p.Amount).SingleAsync()));
    }

    [Fact]
    public async Task A_greeting_drops_the_question_so_nobody_is_trapped()
    {
        Assert.Equal("Which item should I watch for you?", await Chat.AskAsync(Priya, "alert me"));
        Assert.Contains("Welcome to", await Chat.AskAsync(Priya, "hi"), StringComparison.Ordinal);

        var reply = await Chat.AskAsync(Priya, "the blue kurta");

        Assert.DoesNotContain("Done!", reply, StringComparison.Ordinal);
        Assert.Equal(0, await App.QueryAsync(d => d.StockAlerts.CountAsync()));
    }

    [Fact]
    public async Task A_different_request_drops_the_question_too()
    {
        Assert.Equal("Which item should I watch for you?", await Chat.AskAsync(Priya, "notify me when it's back"));

        Assert.Contains("points", await Chat.AskAsync(Priya, "how many points do I have"), StringComparison.Ordinal);

        Assert.Equal(0, await App.QueryAsync(d => d.StockAlerts.CountAsync()));
    }

    [Fact]
    public async Task A_question_left_too_long_is_forgotten()
    {
        Assert.Equal("Which item should I watch for you?", await Chat.AskAsync(Priya, "notify me when it's back"));
        await App.ExecuteAsync(async d =>
        {
            var state = await d.ConversationStates.SingleAsync(s => s.Phone == Priya);
            state.ExpiresAt = DateTime.UtcNow.AddMinutes(-1);
        });

        var reply = await Chat.AskAsync(Priya, "the blue kurta");

        Assert.DoesNotContain("Done!", reply, StringComparison.Ordinal);
        Assert.Equal(0, await App.QueryAsync(d => d.StockAlerts.CountAsync()));
    }

    [Fact]
    public async Task A_vague_complaint_is_asked_about_before_it_is_logged()
    {
        Assert.Contains("What went wrong?", await Chat.AskAsync(Priya, "I want to complain"), StringComparison.Ordinal);

        Assert.Contains("complaint #", await Chat.AskAsync(Priya, "the blouse colour ran after one wash"), StringComparison.Ordinal);

        Assert.Equal("the blouse colour ran after one wash", await App.QueryAsync(d => d.Complaints.Select(c => c.Text).SingleAsync()));
    }

    [Fact]
    public async Task A_complaint_longer_than_its_column_is_kept_cut_before_an_emoji_not_through_it()
    {
        // Cut at 1,000 characters, the last one would be the first half of 😡: PostgreSQL refuses half an emoji.
        var opening = "the blouse colour ran after one wash ";
        var text = opening + new string('a', 999 - opening.Length) + string.Concat(Enumerable.Repeat("😡", 10));

        Assert.Contains("complaint #", await Chat.AskAsync(Priya, text), StringComparison.Ordinal);

        var stored = await App.QueryAsync(d => d.Complaints.Select(c => c.Text).SingleAsync());
        Assert.Equal(text[..999], stored);
    }

    private Task SeedKurtaAsync() => App.ExecuteAsync(d =>
    {
        var kurta = new Product { Name = "Kurta", Key = "kurta", CreatedAt = DateTime.UtcNow };
        kurta.Variants.Add(new ProductVariant { Color = "blue", Size = "M", StockQuantity = 2, UpdatedAt = DateTime.UtcNow });
        d.Products.Add(kurta);
        return Task.CompletedTask;
    });
}

public sealed class SqliteDialogTests() : DialogTests(Db.Sqlite);

public sealed class PostgresDialogTests() : DialogTests(Db.Postgres);
