using System.Globalization;
using System.Text.RegularExpressions;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Channels.Twilio;

/// <summary>Turns Twilio's inbound message form into an <see cref="InboundMessage"/>, or says what is wrong with it.</summary>
public sealed partial class TwilioInboundMapper(PhoneNumberNormalizer phones, TimeProvider time, ILogger<TwilioInboundMapper> logger)
{
    /// <summary>WhatsApp's limit; an SMS body is far shorter. Anything longer did not come from Twilio.</summary>
    public const int MaxBodyLength = 4096;

    /// <summary>The inbox's sender column: a longer non-phone address is kept cut to this.</summary>
    public const int MaxAddressLength = 20;

    /// <summary>
    /// Maps a well-formed form to a message. A sender that is not a phone number still maps, as a message with
    /// <see cref="InboxStatus.NotFromAPhone"/>: Twilio did deliver it, so it is recorded, but it is nobody's customer.
    /// </summary>
    public bool TryMap(IFormCollection form, out InboundMessage? message, out string? problem)
    {
        message = null;
        problem = Check(form);
        if (problem is not null)
        {
            return false;
        }

        var sid = First(form, "MessageSid") ?? First(form, "SmsMessageSid")!;
        var from = First(form, "From")!.Trim();
        var sender = ReadSender(from);
        message = new InboundMessage
        {
            MessageSid = sid,
            Channel = sender.Channel,
            FromPhone = sender.Phone ?? StoredText.FitOrNull(from, MaxAddressLength)!,
            To = StoredText.FitOrNull(First(form, "To"), 64),
            Body = First(form, "Body") ?? "",
            ProfileName = StoredText.FitOrNull(First(form, "ProfileName")?.Trim(), 120),
            MediaCount = int.TryParse(First(form, "NumMedia"), NumberStyles.None, CultureInfo.InvariantCulture, out var media) ? Math.Min(media, 100) : 0,
            OptOutType = StoredText.FitOrNull(First(form, "OptOutType")?.Trim(), 32),
            ReceivedAt = time.GetUtcNow().UtcDateTime,
            Status = sender.Phone is null ? InboxStatus.NotFromAPhone : InboxStatus.Pending,
        };
        if (sender.Phone is null)
        {
            LogNotFromAPhone(logger, sid, sender.Kind);
        }

        return true;
    }

    /// <summary>
    /// The kind of address a message came from: "whatsapp:" and a phone number, or a bare phone number (SMS).
    /// Anything else (another scheme such as "messenger:" or "rcs:", an e-mail-like or alphanumeric sender, a
    /// number with a letter in it) has no phone, whatever digits it contains.
    /// </summary>
    public Sender ReadSender(string from)
    {
        var colon = from.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return phones.TryNormalize(from, out var sms)
                ? new Sender(MessageChannel.Sms, sms, "sms")
                : new Sender(MessageChannel.Sms, null, from.Contains('@', StringComparison.Ordinal) ? "e-mail-like" : "not a number");
        }

        var scheme = from[..colon];
        var address = from[(colon + 1)..];
        if (!scheme.Equals("whatsapp", StringComparison.OrdinalIgnoreCase))
        {
            return new Sender(MessageChannel.Sms, null, AddressKind(scheme));
        }

        return !address.Contains(':', StringComparison.Ordinal) && phones.TryNormalize(address, out var whatsApp)
            ? new Sender(MessageChannel.WhatsApp, whatsApp, "whatsapp")
            : new Sender(MessageChannel.WhatsApp, null, "whatsapp, not a number");
    }

    /// <summary>How a sender is described in the log: its scheme if it is a short word, never the address.</summary>
    private static string AddressKind(string scheme) =>
        scheme.Length is > 0 and <= 16 && scheme.All(char.IsAsciiLetterOrDigit) ? scheme.ToLowerInvariant() : "other";

    private static string? Check(IFormCollection form)
    {
        var sid = First(form, "MessageSid") ?? First(form, "SmsMessageSid");
        if (string.IsNullOrWhiteSpace(sid) || !SidPattern().IsMatch(sid))
        {
            return "MessageSid is missing or malformed.";
        }

        if (string.IsNullOrWhiteSpace(First(form, "From")))
        {
            return "From is missing.";
        }

        if ((First(form, "Body")?.Length ?? 0) > MaxBodyLength)
        {
            return $"Body is longer than {MaxBodyLength} characters.";
        }

        return null;
    }

    private static string? First(IFormCollection form, string key) =>
        form.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Who sent a message: the channel, the E.164 number if it is a phone, and a log-safe word for the address kind.</summary>
    public readonly record struct Sender(MessageChannel Channel, string? Phone, string Kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageSid} is from a {AddressKind} address, not a phone number: recorded, not answered")]
    private static partial void LogNotFromAPhone(ILogger logger, string messageSid, string addressKind);

    [GeneratedRegex("^[A-Za-z0-9]{2,64}$")]
    private static partial Regex SidPattern();
}
