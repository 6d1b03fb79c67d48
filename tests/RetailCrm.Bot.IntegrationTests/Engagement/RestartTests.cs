using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Engagement;

/// <summary>Jobs and their triggers live in the database, as do pending messages: a restart picks both up.</summary>
public abstract class SchedulingRestartTests(Db db) : IDisposable
{
    private readonly FakeTwilio _twilio = new();

    public void Dispose() => _twilio.Dispose();

    [Fact]
    public async Task After_a_restart_jobs_and_pending_messages_continue()
    {
        var connectionString = await BotApp.NewDatabaseAsync(db);
        var settings = new Dictionary<string, string?>
        {
            ["Engagement:PostPurchaseCheckInAfter"] = "00:00:03",
            ["Jobs:SendCheckInsJob:Cron"] = "0/2 * * * * ?",
        };

        await using (var first = await BotApp.StartAsync(db, _twilio, settings, connectionString: connectionString))
        {
            using var client = first.CreateClient();
            var chat = new ChatSession(first, _twilio, client);
            await chat.AskAsync("+919876543210", "hi", MessageChannel.Sms);
            Assert.Contains("Sale logged", await chat.AskAsync(TestSettings.OwnerPhone, "sale 9876543210 1299 blue kurta"), StringComparison.Ordinal);
            await first.ExecuteAsync(d =>
            {
                d.OutboundMessages.Add(new OutboundMessage
                {
                    ToPhone = "+919812345678", Channel = MessageChannel.Sms, Body = "Your alteration is ready for pickup.",
                    Kind = "team_alert", Purpose = MessagePurpose.Transactional, CreatedAt = DateTime.UtcNow, DueAt = DateTime.UtcNow.AddSeconds(4),
                });
                return Task.CompletedTask;
            });

            // The schedule is in the database, not only in this process.
            Assert.True(await first.QueryAsync(d => d.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM qrtz_triggers").SingleAsync()) >= 7);
        }

        Assert.DoesNotContain(_twilio.Sent, s => s.Body.Contains("How are you finding it", StringComparison.Ordinal));

        await using var second = await BotApp.StartAsync(db, _twilio, settings, connectionString: connectionString);
        await Eventually.TrueAsync(() => Task.FromResult(_twilio.Sent.Any(s => s.To == "+919876543210" && s.Body.Contains("How are you finding it", StringComparison.Ordinal))), "the check-in after the restart");
        await Eventually.TrueAsync(() => Task.FromResult(_twilio.Sent.Any(s => s.Body == "Your alteration is ready for pickup.")), "the pending message after the restart");
    }
}

public sealed class SqliteSchedulingRestartTests() : SchedulingRestartTests(Db.Sqlite);

public sealed class PostgresSchedulingRestartTests() : SchedulingRestartTests(Db.Postgres);
