using System.Globalization;
using System.Text.RegularExpressions;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Channels.Twilio;

/// <summary>Turns Twilio's inbound message form into an <see cref="InboundMessage"/>, or says what is wrong with it.</summary>
public sealed partial class TwilioInboundMapper(PhoneNumberNormalizer phones, TimeProvider time)
{
    /// <summary>WhatsApp's limit; an SMS body is far shorter. Anything longer did not come from Twilio.</summary>
    public const int MaxBodyLength = 4096;

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
        var channel = from.StartsWith("whatsapp:", StringComparison.OrdinalIgnoreCase) ? MessageChannel.WhatsApp : MessageChannel.Sms;
        if (!phones.TryNormalize(from, out var phone))
        {
            problem = "From is not a phone number.";
            return false;
        }

        message = new InboundMessage
        {
            MessageSid = sid,
            Channel = channel,
            FromPhone = phone,
            To = Truncate(First(form, "To"), 64),
            Body = First(form, "Body") ?? "",
            ProfileName = Truncate(First(form, "ProfileName")?.Trim(), 120),
            MediaCount = int.TryParse(First(form, "NumMedia"), NumberStyles.None, CultureInfo.InvariantCulture, out var media) ? Math.Min(media, 100) : 0,
            OptOutType = Truncate(First(form, "OptOutType")?.Trim(), 32),
            ReceivedAt = time.GetUtcNow().UtcDateTime,
        };
        return true;
    }

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

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];

    [GeneratedRegex("^[A-Za-z0-9]{2,64}$")]
    private static partial Regex SidPattern();
}
