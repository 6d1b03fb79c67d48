using Microsoft.AspNetCore.Http.HttpResults;

namespace RetailCrm.Bot.Channels.Twilio;

/// <summary>
/// Reads a webhook's form with tight limits. Anything that is not a sane Twilio form gets a 4xx problem
/// here, before it can cost a database write or a 500.
/// </summary>
public static class TwilioFormReader
{
    /// <summary>Twilio's largest webhook (a WhatsApp message with media and location fields) is a few KB.</summary>
    public const int MaxRequestBytes = 64 * 1024;

    public static async Task<(IFormCollection? Form, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!(request.ContentType ?? "").StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
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

        // Read at most one byte more than allowed, so a request without a Content-Length is cut off too.
        var body = new byte[MaxRequestBytes + 1];
        var length = 0;
        try
        {
            int read;
            while (length < body.Length && (read = await request.Body.ReadAsync(body.AsMemory(length), ct)) > 0)
            {
                length += read;
            }
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's verdict on the upload: 400 cut short, 408 too slow, 413 too large.
            return (null, TypedResults.Problem(ex.Message, statusCode: ex.StatusCode, title: "Unreadable request"));
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The client hung up mid-body. Nobody reads this answer; the request log records a 400 rather than an error.
            return (null, TypedResults.Problem("The request body ended before its Content-Length.", statusCode: StatusCodes.Status400BadRequest, title: "Incomplete request"));
        }

        if (length > MaxRequestBytes)
        {
            return (null, TooLarge());
        }

        if (!StrictFormDecoder.TryDecode(body.AsSpan(0, length), out var fields, out var error))
        {
            return (null, TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Unreadable form"));
        }

        return (new FormCollection(fields), null);
    }

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        $"A Twilio webhook is at most {MaxRequestBytes / 1024} KB.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request too large");
}
