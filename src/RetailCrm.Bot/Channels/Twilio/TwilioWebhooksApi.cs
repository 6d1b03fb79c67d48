using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Channels.Twilio;

/// <summary>
/// Twilio's webhooks. The inbound one does only this: read the form, check the signature, store the
/// message, answer empty TwiML. The conversation turn runs afterwards from the stored inbox.
/// </summary>
public static class TwilioWebhooksApi
{
    public const string MessagesPath = "/webhooks/twilio/messages";
    public const string StatusPath = "/webhooks/twilio/status";
    private const string EmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    public static WebApplication MapTwilioWebhooks(this WebApplication app)
    {
        var group = app.MapGroup("/webhooks/twilio").DisableAntiforgery();
        group.MapPost("/messages", ReceiveMessage);
        group.MapPost("/status", ReceiveStatus);
        return app;
    }

    /// <summary>
    /// Every message Twilio signed is stored and acknowledged, including one from an address that is not a phone or
    /// from a sender over the limit (both recorded, not answered): an error status would make Twilio retry it or
    /// lose it, and neither would change the answer.
    /// </summary>
    public static async Task<IResult> ReceiveMessage(
        HttpRequest request,
        TwilioRequestAuthenticator authenticator,
        TwilioInboundMapper mapper,
        SenderRateLimiter senders,
        Inbox inbox,
        CancellationToken ct)
    {
        var (form, problem) = await ReadSignedFormAsync(request, authenticator, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (!mapper.TryMap(form!, out var message, out var invalid))
        {
            return TypedResults.Problem(invalid, statusCode: StatusCodes.Status400BadRequest, title: "Invalid Twilio message");
        }

        await senders.ApplyAsync(message!, request.HttpContext.RequestServices, ct);
        try
        {
            // Returns once the message is committed (with others that arrived with it): only then is it acknowledged.
            await inbox.StoreAsync(message!, ct);
        }
        catch (InboxUnavailableException)
        {
            // Not stored, so not acknowledged: Twilio (or its fallback URL) may deliver it again. The inbox logged why.
            return TypedResults.Problem(
                "The message could not be stored; try again.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Inbox unavailable");
        }

        return TypedResults.Content(EmptyTwiml, "text/xml");
    }

    public static async Task<IResult> ReceiveStatus(
        HttpRequest request,
        TwilioRequestAuthenticator authenticator,
        DeliveryStatusTracker tracker,
        CancellationToken ct)
    {
        var (form, problem) = await ReadSignedFormAsync(request, authenticator, ct);
        if (problem is not null)
        {
            return problem;
        }

        var sid = form!["MessageSid"].FirstOrDefault() ?? form["SmsSid"].FirstOrDefault();
        var status = form["MessageStatus"].FirstOrDefault() ?? form["SmsStatus"].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(sid) || string.IsNullOrWhiteSpace(status) || sid.Length > 64)
        {
            return TypedResults.Problem("MessageSid and MessageStatus are required.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid status callback");
        }

        int? errorCode = int.TryParse(form["ErrorCode"].FirstOrDefault(), out var code) ? code : null;
        // The outbox id the sender put in the callback URL: it finds a message whose SID a crash kept from being recorded.
        long? outboundId = long.TryParse(request.Query[TwilioMessageSender.OutboundIdParameter], out var id) ? id : null;
        await tracker.ApplyAsync(sid, TwilioVocabulary.Status(status), errorCode, TwilioVocabulary.Refusal(errorCode), ct, outboundId);

        // Unknown SIDs and statuses are acknowledged too: Twilio cannot fix them by retrying.
        return TypedResults.NoContent();
    }

    /// <summary>The form, read strictly and proven to come from Twilio; otherwise the 4xx to answer with.</summary>
    private static async Task<(IFormCollection? Form, IResult? Problem)> ReadSignedFormAsync(
        HttpRequest request, TwilioRequestAuthenticator authenticator, CancellationToken ct)
    {
        var (form, problem) = await TwilioFormReader.ReadAsync(request, ct);
        if (problem is not null)
        {
            return (null, problem);
        }

        return authenticator.IsAuthentic(request, form!) ? (form, null) : (null, Forbidden());
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Forbidden() => TypedResults.Problem(
        "The X-Twilio-Signature header is missing or does not match this request.",
        statusCode: StatusCodes.Status403Forbidden,
        title: "Invalid signature");
}
