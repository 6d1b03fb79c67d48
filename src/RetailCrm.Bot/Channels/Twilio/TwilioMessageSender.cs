using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using RetailCrm.Bot.Channels.Twilio.Content;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Media;

namespace RetailCrm.Bot.Channels.Twilio;

/// <summary>
/// Sends through <c>POST /2010-04-01/Accounts/{AccountSid}/Messages.json</c>. Retries for 429 and 5xx
/// (honouring Retry-After) and the circuit breaker that stops calling Twilio during an outage live in the
/// HttpClient's resilience handler; what comes back here is the final answer, turned into a
/// <see cref="SendResult"/>. Each message carries its outbox id in its StatusCallback URL, and after a crash
/// <see cref="FindSentAsync"/> asks Twilio whether it went out. A chart goes as <c>MediaUrl</c> on free-form WhatsApp
/// messages only.
/// </summary>
public sealed partial class TwilioMessageSender(HttpClient http, IOptions<TwilioOptions> options, MediaLinks media, ILogger<TwilioMessageSender> logger)
    : IMessageSender
{
    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        var twilio = options.Value;
        var form = new List<KeyValuePair<string, string>>
        {
            new("To", message.Channel == MessageChannel.WhatsApp ? "whatsapp:" + message.ToPhone : message.ToPhone),
        };

        string from;
        if (!string.IsNullOrWhiteSpace(twilio.MessagingServiceSid))
        {
            from = twilio.MessagingServiceSid;
            form.Add(new("MessagingServiceSid", from));
        }
        else
        {
            var sender = message.Channel == MessageChannel.WhatsApp ? twilio.WhatsAppFrom : twilio.SmsFrom;
            if (string.IsNullOrWhiteSpace(sender))
            {
                return new SendResult(
                    SendOutcome.Rejected,
                    ErrorMessage: $"No Twilio sender is configured for {message.Channel} (Twilio:{message.Channel}From).");
            }

            from = sender;
            form.Add(new("From", from));
        }

        if (message.ContentSid is { Length: > 0 } contentSid)
        {
            // Outside WhatsApp's 24-hour window only an approved template may be sent (Twilio's Content API). A template
            // carries only what its approved content declares, and ours are text (bot-manifests/templates): a chart
            // cannot ride along, so the template's words go alone.
            form.Add(new("ContentSid", contentSid));
            form.Add(new("ContentVariables", message.ContentVariables ?? "{}"));
        }
        else
        {
            form.Add(new("Body", message.Body));
            // SMS gets the words alone, which say what the chart shows: a MediaUrl would make it an MMS, which Twilio
            // sends in only a few countries (not India) and at a higher price.
            if (message is { Channel: MessageChannel.WhatsApp, MediaId: { } mediaId })
            {
                if (await media.PublicUrlAsync(mediaId, ct) is { } url)
                {
                    form.Add(new("MediaUrl", url));
                }
                else
                {
                    LogMediaLeftOut(logger, message.Id);
                }
            }
        }

        if (twilio.StatusCallbackUrl is { } callback)
        {
            // The outbox id comes back with every status, so a message sent just before a crash is matched to its
            // row even though its SID was never recorded.
            form.Add(new("StatusCallback", $"{callback}?{OutboundIdParameter}={message.Id.ToString(CultureInfo.InvariantCulture)}"));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"2010-04-01/Accounts/{Uri.EscapeDataString(twilio.AccountSid!)}/Messages.json")
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.Authorization = TwilioRest.BasicAuth(twilio);

        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            return Interpret(response.StatusCode, body, from);
        }
        catch (Exception ex) when (IsUnreachable(ex, ct))
        {
            LogUnreachable(logger, ex.GetType().Name);
            return new SendResult(SendOutcome.TransientFailure, ErrorMessage: "Twilio unreachable: " + ex.GetType().Name, FromAddress: from);
        }
    }

    /// <summary>
    /// Lists the recipient's latest messages (<c>GET Messages.json?To=...</c>) and looks for this one: sent by us,
    /// created no earlier than the outbox row, with the same text, and not already recorded on another row.
    /// </summary>
    public async Task<SendResult?> FindSentAsync(OutboundMessage message, IReadOnlySet<string> recordedIds, CancellationToken ct)
    {
        var twilio = options.Value;
        var to = message.Channel == MessageChannel.WhatsApp ? "whatsapp:" + message.ToPhone : message.ToPhone;
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            $"2010-04-01/Accounts/{Uri.EscapeDataString(twilio.AccountSid!)}/Messages.json?To={Uri.EscapeDataString(to)}&PageSize=50");
        request.Headers.Authorization = TwilioRest.BasicAuth(twilio);
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                return new SendResult(SendOutcome.TransientFailure, ErrorMessage: $"HTTP {(int)response.StatusCode} listing messages");
            }

            var page = Parse<MessagePage>(await response.Content.ReadAsStringAsync(ct));
            var since = message.CreatedAt.AddMinutes(-1);
            var sent = page?.Messages?.FirstOrDefault(m =>
                m.Direction?.StartsWith("outbound", StringComparison.Ordinal) == true
                && (m.DateCreated is null || m.DateCreated >= since)
                && (m.Sid is null || !recordedIds.Contains(m.Sid))
                && string.Equals(m.Body?.Trim(), message.Body.Trim(), StringComparison.Ordinal));
            return sent is null
                ? null
                : new SendResult(SendOutcome.Accepted, sent.Sid, TwilioVocabulary.Status(sent.Status) ?? OutboundStatus.Sent, FromAddress: sent.From);
        }
        catch (Exception ex) when (IsUnreachable(ex, ct))
        {
            return new SendResult(SendOutcome.TransientFailure, ErrorMessage: "Twilio unreachable: " + ex.GetType().Name);
        }
    }

    public const string OutboundIdParameter = "outbound";

    /// <summary>Twilio could not be reached, timed out, or the circuit breaker is open after repeated failures.</summary>
    private static bool IsUnreachable(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
        || (ex is TaskCanceledException && !ct.IsCancellationRequested);

    private SendResult Interpret(HttpStatusCode status, string body, string from)
    {
        if ((int)status is >= 200 and < 300)
        {
            var created = Parse<MessageResource>(body);
            return new SendResult(
                SendOutcome.Accepted,
                created?.Sid,
                TwilioVocabulary.Status(created?.Status) ?? OutboundStatus.Queued,
                created?.ErrorCode,
                created?.ErrorMessage,
                from);
        }

        var error = Parse<ErrorResource>(body);
        var transient = status is HttpStatusCode.TooManyRequests or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                        || (int)status >= 500;
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            // Wrong credentials are an operator's mistake: keep the message for when they are fixed.
            LogAuthFailed(logger, (int)status);
        }

        return new SendResult(
            transient ? SendOutcome.TransientFailure : SendOutcome.Rejected,
            ErrorCode: error?.Code,
            ErrorMessage: error?.Message ?? $"HTTP {(int)status}",
            FromAddress: from,
            Refusal: TwilioVocabulary.Refusal(error?.Code));
    }

    private static T? Parse<T>(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private sealed record MessageResource(
        [property: JsonPropertyName("sid")] string? Sid,
        [property: JsonPropertyName("status")] string? Status,
        [property: JsonPropertyName("error_code")] int? ErrorCode,
        [property: JsonPropertyName("error_message")] string? ErrorMessage);

    private sealed record MessagePage([property: JsonPropertyName("messages")] List<ListedMessage>? Messages);

    private sealed record ListedMessage(
        [property: JsonPropertyName("sid")] string? Sid,
        [property: JsonPropertyName("status")] string? Status,
        [property: JsonPropertyName("body")] string? Body,
        [property: JsonPropertyName("from")] string? From,
        [property: JsonPropertyName("direction")] string? Direction,
        [property: JsonPropertyName("date_created")] [property: JsonConverter(typeof(Rfc2822DateConverter))] DateTime? DateCreated);

    /// <summary>Twilio writes dates as RFC 2822 ("Fri, 27 Nov 2026 10:00:00 +0000").</summary>
    private sealed class Rfc2822DateConverter : JsonConverter<DateTime?>
    {
        public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
            && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? date.UtcDateTime
                : null;

        public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value?.ToString("R", CultureInfo.InvariantCulture));
    }

    private sealed record ErrorResource(
        [property: JsonPropertyName("code")] int? Code,
        [property: JsonPropertyName("message")] string? Message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbound {OutboundId} goes without its chart: it has expired, or Twilio:PublicBaseUrl is not set for Twilio to fetch it from")]
    private static partial void LogMediaLeftOut(ILogger logger, long outboundId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio could not be reached ({Error}); the message stays in the outbox")]
    private static partial void LogUnreachable(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Twilio refused our credentials (HTTP {Status}); check Twilio:AccountSid, Twilio:AuthToken or the API key")]
    private static partial void LogAuthFailed(ILogger logger, int status);
}
