using Microsoft.AspNetCore.Http.Features;

namespace RetailCrm.Bot.Channels.Twilio;

/// <summary>
/// Reads a webhook's form with tight limits. Anything that is not a sane Twilio form gets a 4xx problem
/// here, before it can cost a database write or a 500.
/// </summary>
public static class TwilioFormReader
{
    /// <summary>Twilio's largest webhook (a WhatsApp message with media and location fields) is a few KB.</summary>
    public const int MaxRequestBytes = 64 * 1024;

    private static readonly FormOptions Limits = new()
    {
        ValueCountLimit = 200,
        KeyLengthLimit = 256,
        ValueLengthLimit = 32 * 1024,
        MultipartBodyLengthLimit = MaxRequestBytes,
        BufferBody = false,
    };

    public static async Task<(IFormCollection? Form, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType
            || !(request.ContentType ?? "").StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return (null, TypedResults.Problem(
                "Twilio webhooks are application/x-www-form-urlencoded.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type"));
        }

        if (request.ContentLength > MaxRequestBytes)
        {
            return (null, TooLarge());
        }

        // A request without a Content-Length is cut off at the same size.
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = MaxRequestBytes;
        }

        try
        {
            return (await request.ReadFormAsync(Limits, ct), null);
        }
        catch (InvalidDataException)
        {
            return (null, TooLarge());
        }
        catch (BadHttpRequestException ex)
        {
            return (null, TypedResults.Problem(ex.Message, statusCode: ex.StatusCode, title: "Unreadable form"));
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge() => TypedResults.Problem(
        $"A Twilio webhook is at most {MaxRequestBytes / 1024} KB.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request too large");
}
