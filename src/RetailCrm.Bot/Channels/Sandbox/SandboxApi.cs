using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Channels.Sandbox;

/// <summary>
/// <c>POST /sandbox/messages</c>: send the bot a message as any phone number and get its replies back.
/// It exists only in sandbox mode and answers only local callers (<see cref="LocalOnly"/>). The message takes the same path as a
/// Twilio one (inbox, then a turn in the background); the endpoint just waits for that turn.
/// </summary>
public static class SandboxApi
{
    public const string Path = "/sandbox/messages";
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(15);

    public sealed record SandboxMessage(string? From, string? Text, string? Channel, string? ProfileName);

    /// <param name="Chart">Where the chart that goes with the reply is saved (sandbox mode's stand-in for sending it).</param>
    public sealed record SandboxReply(string To, string Channel, string Body, string? Chart = null);

    public sealed record SandboxResponse(string From, string Channel, IReadOnlyList<SandboxReply> Replies);

    public static async Task<IResult> Send(
        SandboxMessage request,
        PhoneNumberNormalizer phones,
        Inbox inbox,
        ICrmDbContext db,
        SandboxMedia media,
        TimeProvider time,
        CancellationToken ct)
    {
        if (!phones.TryNormalize(request.From, out var phone))
        {
            return TypedResults.Problem("\"from\" must be a phone number, such as \"98765 43210\" or \"+919876543210\".", statusCode: StatusCodes.Status400BadRequest, title: "Invalid sender");
        }

        var text = request.Text ?? "";
        if (text.Length > Twilio.TwilioInboundMapper.MaxBodyLength)
        {
            return TypedResults.Problem($"\"text\" is longer than {Twilio.TwilioInboundMapper.MaxBodyLength} characters.", statusCode: StatusCodes.Status400BadRequest, title: "Message too long");
        }

        MessageChannel channel;
        if (string.IsNullOrWhiteSpace(request.Channel))
        {
            channel = MessageChannel.WhatsApp;
        }
        else if (!Enum.TryParse(request.Channel, ignoreCase: true, out channel))
        {
            return TypedResults.Problem("\"channel\" is \"whatsapp\" or \"sms\".", statusCode: StatusCodes.Status400BadRequest, title: "Invalid channel");
        }

        var message = new InboundMessage
        {
            MessageSid = "SB" + Guid.NewGuid().ToString("N"),
            Channel = channel,
            FromPhone = phone,
            To = "sandbox",
            Body = text,
            ProfileName = request.ProfileName,
            ReceivedAt = time.GetUtcNow().UtcDateTime,
        };
        await inbox.StoreAsync(message, ct);

        var deadline = time.GetUtcNow() + TurnTimeout;
        while (time.GetUtcNow() < deadline)
        {
            var status = await db.InboundMessages.AsNoTracking().Where(m => m.Id == message.Id).Select(m => m.Status).SingleAsync(ct);
            if (status is InboxStatus.Processed or InboxStatus.Failed)
            {
                var replies = await db.OutboundMessages.AsNoTracking()
                    .Where(m => m.InboundMessageId == message.Id)
                    .OrderBy(m => m.Id)
                    .Select(m => new { m.ToPhone, m.Channel, m.Body, m.MediaId })
                    .ToListAsync(ct);
                // The sender writes the chart as it sends the reply, a moment after this answer.
                return TypedResults.Ok(new SandboxResponse(phone, channel.ToString(), replies
                    .Select(m => new SandboxReply(m.ToPhone, m.Channel.ToString(), m.Body, m.MediaId is { } id ? media.PathFor(id) : null))
                    .ToList()));
            }

            await Task.Delay(50, ct);
        }

        return TypedResults.Problem("The bot did not answer in time; its reply will still be printed in the bot's console.", statusCode: StatusCodes.Status504GatewayTimeout, title: "No reply yet");
    }
}
