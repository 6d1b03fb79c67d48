using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.IntegrationTests.Conversations;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Messaging;

/// <summary>
/// Turns run in parallel across senders, and one at a time, in order, for each sender: a burst from many shoppers at
/// once is worked on together, while each shopper's second message is only handled once their first is committed.
/// Told apart by the order of the SQL each turn ran (<see cref="TurnSqlCounter"/>), not by timing.
/// </summary>
public abstract class InboxOrderTests(Db db) : ConversationTestBase(db)
{
    private static readonly string[] Messages = ["hi", "help", "my points", "thanks", "asdfgh qwerty"];

    private readonly TurnSqlCounter _sql = new();

    protected override Action<IServiceCollection> Services => _sql.AddTo;

    [Fact]
    public async Task Five_messages_from_each_of_ten_shoppers_at_once_are_answered_in_each_shoppers_order_with_shoppers_in_parallel()
    {
        var senders = Enumerable.Range(0, 10).Select(i => $"+9198765{i:00000}").ToList();
        var now = DateTime.UtcNow;
        // The burst as the webhook leaves it: all fifty stored before the processor looks, each shopper's in the order sent.
        await App.ExecuteAsync(d =>
        {
            for (var k = 0; k < Messages.Length; k++)
            {
                foreach (var phone in senders)
                {
                    d.InboundMessages.Add(new InboundMessage
                    {
                        MessageSid = $"SM{phone[1..]}{k}",
                        Channel = MessageChannel.WhatsApp,
                        FromPhone = phone,
                        To = TestSettings.WhatsAppFrom,
                        Body = Messages[k],
                        ReceivedAt = now,
                    });
                }
            }

            return Task.CompletedTask;
        });

        await Eventually.TrueAsync(
            () => App.QueryAsync(d => d.InboundMessages.AllAsync(m => m.Status == InboxStatus.Processed)),
            "all fifty turns to be handled");

        var inbound = await App.QueryAsync(d => d.InboundMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
        var replies = await App.QueryAsync(d => d.OutboundMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
        foreach (var phone in senders)
        {
            var sent = inbound.Where(m => m.FromPhone == phone).Select(m => m.Id).ToList();
            Assert.Equal(Messages, inbound.Where(m => m.FromPhone == phone).Select(m => m.Body));

            // Each turn's replies were queued after the previous turn's: the shopper is answered in the order they wrote.
            var answered = replies.Where(r => r.ToPhone == phone).Select(r => r.InboundMessageId!.Value).ToList();
            Assert.Equal(sent, answered.Distinct());
            Assert.Equal(answered.Order(), answered);

            // And never two of one shopper's turns at once: each started after the one before it committed.
            for (var k = 1; k < sent.Count; k++)
            {
                var before = _sql.For(sent[k - 1]);
                var after = _sql.For(sent[k]);
                Assert.Equal(TurnSqlCounter.Commit, before[^1].Sql);
                Assert.True(before[^1].Sequence < after[0].Sequence, $"turn {sent[k]} of {phone} started before turn {sent[k - 1]} committed");
            }
        }

        // Different shoppers' turns did run at the same time: some turn started while another had not committed.
        var spans = inbound.Select(m => _sql.For(m.Id)).Select(s => (Start: s[0].Sequence, End: s[^1].Sequence)).OrderBy(s => s.Start).ToList();
        Assert.Contains(spans.Skip(1), b => spans.Any(a => a.Start < b.Start && b.Start < a.End));

        await Chat.WaitUntilSentAsync();
        foreach (var phone in senders)
        {
            Assert.Equal(replies.Count(r => r.ToPhone == phone), Chat.SentTo(phone).Count);
        }
    }
}

public sealed class SqliteInboxOrderTests() : InboxOrderTests(Db.Sqlite);

public sealed class PostgresInboxOrderTests() : InboxOrderTests(Db.Postgres);
