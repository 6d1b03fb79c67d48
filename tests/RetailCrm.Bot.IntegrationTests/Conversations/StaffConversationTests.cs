using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Complaints;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Conversations;

/// <summary>Staff on the shop floor log what happens in one message each; the owner can do the same.</summary>
public abstract class StaffConversationTests(Db db) : ConversationTestBase(db)
{
    [Theory]
    [InlineData(StaffPhone)]
    [InlineData(Owner)]
    public async Task Every_staff_intent_does_its_work(string who)
    {
        await App.ExecuteAsync(d =>
        {
            var kurta = new Product { Name = "Kurta", Key = "kurta", CreatedAt = DateTime.UtcNow };
            kurta.Variants.Add(new ProductVariant { Color = "blue", Size = "M", StockQuantity = 3, UpdatedAt = DateTime.UtcNow });
            d.Products.Add(kurta);
            return Task.CompletedTask;
        });

        (string Text, string Expected)[] table =
        [
            ("inquiry 98765 43210 blue kurta M follow up friday", "Inquiry logged: +91 98765 43210 asked about Blue Kurta (size M). I'll remind you on Fri"),
            ("enquiry from 9812345678 wants red saree, call back today", "Inquiry logged: +91 98123 45678 asked about"),
            ("Sold blue kurta to 9876543210 for Rs 1,299", "Sale logged: ₹1,299 to +91 98765 43210 for blue kurta. +12 points (total 12). Their inquiry is marked converted."),
            ("restock nike pegasus size 10 qty 6", "Stock updated: Nike Pegasus (size 10) +6 (now 6)."),
            ("who is +91-98765-43210", "Purchases: 1, total ₹1,299, 12 points"),
            ("note 9876543210 prefers cotton", "Note saved for +91 98765 43210."),
            ("complaint 9876543210 zip broken on jeans", "logged for +91 98765 43210"),
            ("my followups", "Follow-ups due (1):"),
            ("aaj ka hisaab", "Sales: 1 · ₹1,299"),
            ("reply 98765 43210 yes we have it in M", "Sent to +91 98765 43210."),
            ("do you have nike pegasus in size 10?", "Nike Pegasus (size 10) is in stock (6 available)"),
            ("hi", "Type HELP"),
            ("help", "sale <number> <amount> <item>"),
        ];

        foreach (var (text, expected) in table)
        {
            var reply = await Chat.AskAsync(who, text);
            Assert.True(reply.Contains(expected, StringComparison.Ordinal), $"\"{text}\" → \"{reply}\" (expected \"{expected}\")");
        }

        var complaintId = await App.QueryAsync(d => d.Complaints.Select(c => c.Id).SingleAsync());
        Assert.Contains($"Complaint #{complaintId} is resolved", await Chat.AskAsync(who, $"resolve complaint {complaintId}"), StringComparison.Ordinal);
        Assert.Contains("already resolved", await Chat.AskAsync(who, $"complaint {complaintId} resolved"), StringComparison.Ordinal);

        var priya = await App.QueryAsync(d => d.Customers.AsNoTracking().SingleAsync(c => c.Phone == Priya));
        Assert.Equal(12, priya.LoyaltyPoints);
        Assert.Equal(1299m, await App.QueryAsync(d => d.Purchases.Select(p => p.Amount).SingleAsync()));
        var inquiries = await App.QueryAsync(d => d.Inquiries.AsNoTracking().OrderBy(i => i.Id).ToListAsync());
        Assert.Equal(InquiryStatus.Converted, inquiries[0].Status);
        Assert.Equal(DayOfWeek.Friday, inquiries[0].FollowUpOn!.Value.DayOfWeek);
        Assert.Equal(InquiryStatus.Open, inquiries[1].Status);
        Assert.Equal(2, await App.QueryAsync(d => d.ProductVariants.Where(v => v.Color == "blue").Select(v => v.StockQuantity).SingleAsync()));
        Assert.Equal("prefers cotton", await App.QueryAsync(d => d.CustomerNotes.Select(n => n.Text).SingleAsync()));
        Assert.Equal(ComplaintStatus.Resolved, await App.QueryAsync(d => d.Complaints.Select(c => c.Status).SingleAsync()));
        var staffReply = Assert.Single(Chat.SentTo(Priya));
        Assert.Equal("yes we have it in M", staffReply.Body);
        Assert.Equal(Priya, staffReply.To); // never wrote on WhatsApp, so SMS
    }

    [Fact]
    public async Task A_staff_reply_goes_back_on_the_channel_the_shopper_used()
    {
        await Chat.AskAsync(Priya, "talk to a person", MessageChannel.WhatsApp);

        await Chat.AskAsync(StaffPhone, "reply 98765 43210 Hi Priya, calling you in 5 minutes");

        Assert.Contains(Chat.SentTo(Priya), s => s.To == "whatsapp:" + Priya && s.Body == "Hi Priya, calling you in 5 minutes");
    }
}

public sealed class SqliteStaffConversationTests() : StaffConversationTests(Db.Sqlite);

public sealed class PostgresStaffConversationTests() : StaffConversationTests(Db.Postgres);
