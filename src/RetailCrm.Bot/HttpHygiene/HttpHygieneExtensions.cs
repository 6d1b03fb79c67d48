using RetailCrm.Bot.Admin;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Extensions;

namespace RetailCrm.Bot.HttpHygiene;

public static class HttpHygieneExtensions
{
    /// <summary>What every response carries and what no request can cost: headers, limits, rate limits.</summary>
    public static WebApplicationBuilder AddHttpHygiene(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // "Server: Kestrel" only tells an attacker what to aim at.
            kestrel.AddServerHeader = false;
            // Nothing here takes a large body (a webhook is a few KB and refused over 64 KB): a 30 MB upload need
            // not be read before it is refused.
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
        });
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddOptions<SenderRateLimitOptions>()
            .BindConfiguration(TwilioOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SenderRateLimiter>();
        builder.Services.AddSingleton<AdminKeyGuard>();
        return builder;
    }

    /// <summary>The front of the pipeline; the order matters.</summary>
    public static WebApplication UseHttpHygiene(this WebApplication app)
    {
        // Outermost, so even a response made by a later middleware gets the headers.
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            // Only on https and never for localhost: HSTS on a developer's http://localhost would break it for days.
            app.UseHsts();
        }

        app.UseMaskedRequestLogging();
        // Inside the request log, so the log records the 400/408/413 this turns a broken upload into.
        app.UseMiddleware<ClientErrorsMiddleware>();
        return app;
    }
}
