using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>
/// Talks to the real app the way a phone does: a signed Twilio webhook in, and the replies as they reach
/// Twilio (WireMock). Each send waits for its turn to finish and its replies to be delivered.
/// </summary>
public sealed class ChatSession(BotApp app, FakeTwilio twilio, HttpClient client)
{
    public BotApp App => app;

    public FakeTwilio Twilio => twilio;

    /// <summary>Sends <paramref name="text"/> from <paramref name="phone"/> and returns the bot's replies, in order.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(string phone, string text, MessageChannel channel = MessageChannel.WhatsApp, string? profileName = null) =>
        (await TurnAsync(phone, text, channel, profileName)).Replies;

    /// <summary>Sends <paramref name="text"/> and returns the stored inbound message's id with the bot's replies, in order.</summary>
    public async Task<ChatTurn> TurnAsync(string phone, string text, MessageChannel channel = MessageChannel.WhatsApp, string? profileName = null)
    {
        var form = channel == MessageChannel.WhatsApp
            ? TwilioWebhook.WhatsApp(phone, text, profileName: profileName)
            : TwilioWebhook.Sms(phone, text);
        var response = await TwilioWebhook.PostAsync(client, TwilioWebhooksApi.MessagesPath, form);
        Assert.True(response.IsSuccessStatusCode, $"webhook answered {(int)response.StatusCode}");
        var sid = form["MessageSid"];

        var inbound = await Eventually.ValueAsync(
            () => app.QueryAsync(d => d.InboundMessages.AsNoTracking().SingleAsync(m => m.MessageSid == sid)),
            m => m.Status is InboxStatus.Processed or InboxStatus.Failed,
            null,
            $"the turn for \"{text}\"");
        Assert.Equal(InboxStatus.Processed, inbound.Status);

        var replies = await app.QueryAsync(d => d.OutboundMessages.AsNoTracking()
            .Where(m => m.InboundMessageId == inbound.Id).OrderBy(m => m.Id).ToListAsync());
        await WaitUntilSentAsync();
        var delivered = twilio.Sent.Select(s => s.Body).ToList();
        foreach (var reply in replies)
        {
            Assert.Contains(reply.Body, delivered);
        }

        return new ChatTurn(inbound.Id, replies.Select(r => r.Body).ToList());
    }

    /// <summary>Sends and returns the single reply.</summary>
    public async Task<string> AskAsync(string phone, string text, MessageChannel channel = MessageChannel.WhatsApp, string? profileName = null) =>
        Assert.Single(await SendAsync(phone, text, channel, profileName));

    /// <summary>
    /// Waits until nothing in the outbox is about to go to Twilio. Messages the policy held back (quiet hours,
    /// the cap) or that wait for a retry are not about to go, whatever clock the app runs on.
    /// </summary>
    public Task WaitUntilSentAsync() => Eventually.TrueAsync(
        () => app.QueryAsync(async d => !await d.OutboundMessages.AnyAsync(m =>
            (m.Status == OutboundStatus.Pending && m.DelayReason == null && m.Attempts == 0) || m.Status == OutboundStatus.Dispatching)),
        "the outbox to be sent");

    /// <summary>What Twilio was asked to send to <paramref name="phone"/> (any channel), in order.</summary>
    public IReadOnlyList<SentRequest> SentTo(string phone) =>
        twilio.Sent.Where(s => s.To == phone || s.To == "whatsapp:" + phone).ToList();
}

/// <summary>One message sent and handled: the inbox row's id and the replies it produced.</summary>
public sealed record ChatTurn(long InboundId, IReadOnlyList<string> Replies);
