using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Messaging;

/// <summary>A message acknowledged to Twilio is never lost: what one run did not finish, the next one does.</summary>
public abstract class RestartTests(Db db) : IDisposable
{
    private readonly FakeTwilio _twilio = new();

    public void Dispose() => _twilio.Dispose();

    [Fact]
    public async Task Messages_stored_before_a_stop_are_answered_after_the_restart()
    {
        var connectionString = await BotApp.NewDatabaseAsync(db);
        var shoppers = new[] { "+919876543210", "+919876543211", "+919876543212" };

        // First run: every turn hangs, as if the process were stopped in the middle of the work.
        await using (var first = await BotApp.StartAsync(db, _twilio, connectionString: connectionString,
                         services: s => s.AddSingleton<IIntentRecognizer, HangingRecognizer>()))
        {
            using var client = first.CreateClient();
            foreach (var shopper in shoppers)
            {
                var response = await TwilioWebhook.PostAsync(client, TwilioWebhooksApi.MessagesPath, TwilioWebhook.WhatsApp(shopper, "hi"));
                Assert.True(response.IsSuccessStatusCode);
            }

            await Eventually.TrueAsync(
                () => first.QueryAsync(d => d.InboundMessages.AnyAsync(m => m.Status == InboxStatus.Processing)),
                "a turn to be in progress");
        }

        Assert.Empty(_twilio.Requests);

        await using var second = await BotApp.StartAsync(db, _twilio, connectionString: connectionString);
        var sent = await _twilio.WaitForSentAsync(3);

        Assert.Equal(shoppers.Select(p => "whatsapp:" + p).Order(), sent.Select(s => s.To).Order());
        Assert.Equal(3, await second.QueryAsync(d => d.InboundMessages.CountAsync(m => m.Status == InboxStatus.Processed)));
    }

    [Fact]
    public async Task A_message_left_claimed_by_a_crashed_instance_is_taken_again_when_its_lease_runs_out()
    {
        var connectionString = await BotApp.NewDatabaseAsync(db);
        await using var app = await BotApp.StartAsync(db, _twilio, connectionString: connectionString,
            services: s => s.AddSingleton<IIntentRecognizer, HangingRecognizer>());
        await app.DisposeAsync();

        await using var restarted = await BotApp.StartAsync(db, _twilio, connectionString: connectionString);
        await restarted.ExecuteAsync(d =>
        {
            d.InboundMessages.Add(new InboundMessage
            {
                MessageSid = TwilioWebhook.NewMessageSid(),
                Channel = MessageChannel.Sms,
                FromPhone = "+919876543213",
                Body = "hello",
                ReceivedAt = DateTime.UtcNow.AddMinutes(-5),
                Status = InboxStatus.Processing,
                Attempts = 1,
                LockedUntil = DateTime.UtcNow.AddMinutes(-1),
            });
            return Task.CompletedTask;
        });

        var reply = Assert.Single(await _twilio.WaitForSentAsync(1));
        Assert.Equal("+919876543213", reply.To);
    }

    private sealed class HangingRecognizer : IIntentRecognizer
    {
        public async Task<Recognition> RecognizeAsync(string text, Role role, CancellationToken ct)
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        }
    }
}

public sealed class SqliteRestartTests() : RestartTests(Db.Sqlite);

public sealed class PostgresRestartTests() : RestartTests(Db.Postgres);
