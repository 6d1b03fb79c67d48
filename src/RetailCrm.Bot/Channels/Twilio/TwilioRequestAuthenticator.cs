using Microsoft.Extensions.Options;

namespace RetailCrm.Bot.Channels.Twilio;

/// <summary>Checks a webhook's signature against the URL Twilio called (see <see cref="TwilioOptions.PublicBaseUrl"/>).</summary>
public sealed partial class TwilioRequestAuthenticator(IOptions<TwilioOptions> options, ILogger<TwilioRequestAuthenticator> logger)
{
    public const string SignatureHeader = "X-Twilio-Signature";

    public bool IsAuthentic(HttpRequest request, IFormCollection form)
    {
        var twilio = options.Value;
        var url = PublicUrl(request, twilio.PublicBaseUrl);
        var valid = TwilioSignature.IsValid(twilio.AuthToken, url, form, request.Headers[SignatureHeader].FirstOrDefault());
        if (!valid)
        {
            LogRejected(logger, request.Path, twilio.IsConfigured);
        }

        return valid;
    }

    public static string PublicUrl(HttpRequest request, string? publicBaseUrl)
    {
        var origin = string.IsNullOrWhiteSpace(publicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : publicBaseUrl.TrimEnd('/');
        return origin + request.Path + request.QueryString;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a webhook to {Path} with a missing or invalid signature (Twilio configured: {Configured})")]
    private static partial void LogRejected(ILogger logger, PathString path, bool configured);
}
