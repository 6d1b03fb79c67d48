namespace RetailCrm.Bot.HttpHygiene;

/// <summary>
/// Headers every response carries. The app serves JSON, TwiML and problem details, so the default content security
/// policy allows nothing at all: a response that ended up rendered in a browser can run nothing and be framed by no
/// one. The one page (the sandbox's emulator) sets its own, narrower than "anything", and keeps it.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        // Set as the response starts, so a handler that resets the response cannot drop them.
        context.Response.OnStarting(
            static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                }

                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            },
            context.Response);
        return next(context);
    }
}
