using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Channels.Twilio;

/// <summary>
/// The webhook's group commit on a real database: concurrent requests share a transaction, copies of a message (in one
/// batch or in several) are stored once and answered once, and a batch the database refuses is never acknowledged.
/// </summary>
public abstract class WebhookBurstTests(Db db) : AppTestBase(db)
{
    private const string Path = TwilioWebhooksApi.MessagesPath;

    [Fact]
    public async Task A_burst_with_twilio_retries_stores_each_message_once_and_answers_each_once()
    {
        const int Shoppers = 120;
        var forms = Enumerable.Range(0, Shoppers).Select(i => TwilioWebhook.Sms(Shopper(i), "hi")).ToList();
        // Every message once, a third of them three times at the same moment (most likely in one batch)...
        var burst = forms.Concat(forms.Where((_, i) => i % 3 == 0).SelectMany(f => new[] { f, f }))
            .OrderBy(_ => Random.Shared.Next())
            .ToList();

        var first = await PostAllAsync(burst);
        // ...and a third again once all of that was acknowledged: a retry that meets a stored row, in a later batch.
        var retries = await PostAllAsync(forms.Where((_, i) => i % 3 == 1).ToList());

        Assert.All(first.Concat(retries), status => Assert.Equal(HttpStatusCode.OK, status));
        var stored = await App.QueryAsync(d => d.InboundMessages.AsNoTracking().Select(m => m.MessageSid).ToListAsync());
        Assert.Equal(forms.Select(f => f["MessageSid"]).Order(), stored.Order());
        await AnsweredOnceEachAsync(Shoppers);
    }

    [Fact]
    public async Task Copies_queued_into_one_batch_are_stored_once_and_only_the_first_is_reported_stored()
    {
        var already = TwilioWebhook.Sms(Shopper(99), "hello");
        Assert.Equal(HttpStatusCode.OK, (await TwilioWebhook.PostAsync(Client, Path, already)).StatusCode);
        await Twilio.WaitForSentAsync(1);

        // A second writer over the app's own database: everything is queued before its loop starts, so the whole lot
        // is one batch, which is what this test is about.
        var inbox = new Inbox(App.Services.GetRequiredService<IServiceScopeFactory>(), App.Services.GetRequiredService<InboxSignal>(), NullLogger<Inbox>.Instance);
        var messages = Enumerable.Range(0, 10).SelectMany(i => Enumerable.Range(0, 3).Select(_ => Message($"SMbatch{i:D26}", Shopper(i))))
            .Append(Message(already["MessageSid"], Shopper(99)))
            .ToList();
        var results = messages.Select(m => inbox.StoreAsync(m, CancellationToken.None)).ToList();
        using var stop = new CancellationTokenSource();
        var loop = inbox.RunAsync(stop.Token);

        var outcome = await Task.WhenAll(results);
        await stop.CancelAsync();
        await loop;

        for (var i = 0; i < 10; i++)
        {
            var copies = outcome.Skip(i * 3).Take(3).ToList();
            Assert.Equal([InboxStoreResult.Stored, InboxStoreResult.Duplicate, InboxStoreResult.Duplicate], copies);
        }

        Assert.Equal(InboxStoreResult.Duplicate, outcome[^1]);
        var rows = await App.QueryAsync(d => d.InboundMessages.AsNoTracking().ToDictionaryAsync(m => m.MessageSid, m => m.Id));
        Assert.Equal(11, rows.Count);
        // The id each stored message got back is its row's.
        Assert.All(messages.Where((_, i) => i < 30 && i % 3 == 0), m => Assert.Equal(rows[m.MessageSid], m.Id));
        await AnsweredOnceEachAsync(10, alsoAnswered: 1);
    }

    [Fact]
    public async Task While_the_database_refuses_the_insert_webhooks_get_503_and_twilios_retries_are_stored_once()
    {
        var before = TwilioWebhook.Sms(Shopper(50), "hi");
        Assert.Equal(HttpStatusCode.OK, (await TwilioWebhook.PostAsync(Client, Path, before)).StatusCode);
        await Twilio.WaitForSentAsync(1);
        var forms = Enumerable.Range(0, 20).Select(i => TwilioWebhook.Sms(Shopper(i), "hi")).ToList();

        // The table gone from under the running app: every insert fails in the database itself.
        await RenameInboxAsync("inbound_messages", "inbound_messages_away");
        IReadOnlyList<HttpStatusCode> refused;
        try
        {
            refused = await PostAllAsync(forms);
        }
        finally
        {
            await RenameInboxAsync("inbound_messages_away", "inbound_messages");
        }

        Assert.All(refused, status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
        Assert.Equal([before["MessageSid"]], await App.QueryAsync(d => d.InboundMessages.Select(m => m.MessageSid).ToListAsync()));

        // Twilio delivers them again; now they are stored, once each, and answered.
        Assert.All(await PostAllAsync(forms), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(21, await App.CountAsync<InboundMessage>());
        await AnsweredOnceEachAsync(20, alsoAnswered: 1);
    }

    private static string Shopper(int i) => $"+91987650{i:D4}";

    private static InboundMessage Message(string sid, string phone) => new()
    {
        MessageSid = sid,
        Channel = MessageChannel.Sms,
        FromPhone = phone,
        To = TestSettings.SmsFrom,
        Body = "hi",
        ReceivedAt = DateTime.UtcNow,
    };

    /// <summary>Posts every form at once, each on a client of its own as Twilio's many senders would.</summary>
    private async Task<IReadOnlyList<HttpStatusCode>> PostAllAsync(IReadOnlyList<Dictionary<string, string>> forms)
    {
        var clients = forms.Select(_ => App.CreateClient()).ToList();
        try
        {
            var responses = await Task.WhenAll(forms.Select((form, i) => TwilioWebhook.PostAsync(clients[i], Path, form)));
            return responses.Select(r => r.StatusCode).ToList();
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    /// <summary>Shoppers 0 to <paramref name="count"/> - 1 (and <paramref name="alsoAnswered"/> more) got one reply each.</summary>
    private async Task AnsweredOnceEachAsync(int count, int alsoAnswered = 0)
    {
        // However slow the machine: it fails only when replies stop coming.
        await Eventually.WhileProgressingAsync(() => Task.FromResult(Twilio.Sent.Count), n => n, count + alsoAnswered, TimeSpan.FromSeconds(60), "replies");
        await WaitUntilIdleAsync();
        var replies = Twilio.Sent.GroupBy(s => s.To).ToDictionary(g => g.Key, g => g.Count());
        var wrong = Enumerable.Range(0, count).Select(Shopper).Where(s => replies.GetValueOrDefault(s) != 1).ToList();
        Assert.True(wrong.Count == 0, $"not answered exactly once: {string.Join(", ", wrong.Select(s => $"{s} ({replies.GetValueOrDefault(s)})"))}");
        Assert.Equal(count + alsoAnswered, Twilio.Sent.Count);
    }

    private Task<int> RenameInboxAsync(string from, string to)
    {
        // Both names are this test's constants, and both providers quote them the same way.
        var sql = "ALTER TABLE \"" + from + "\" RENAME TO \"" + to + "\"";
        return App.QueryAsync(d => d.Database.ExecuteSqlRawAsync(sql));
    }
}

public sealed class SqliteWebhookBurstTests() : WebhookBurstTests(Db.Sqlite);

public sealed class PostgresWebhookBurstTests() : WebhookBurstTests(Db.Postgres);
