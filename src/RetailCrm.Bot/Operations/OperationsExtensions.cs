using System.CommandLine;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Channels.Twilio.Content;
using RetailCrm.Bot.Core.Messaging.Policy;
using RetailCrm.Bot.Operations.Demo;
using RetailCrm.Bot.Operations.Templates;

namespace RetailCrm.Bot.Operations;

public static class OperationsExtensions
{
    /// <summary>
    /// The operator commands' services (doctor, templates, seed-demo), the Content API client, and the ContentSids that
    /// <c>templates push</c> wrote, read into <c>Twilio:ContentSids</c>. Nothing here runs unless a command asks.
    /// </summary>
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddOperations();
        return builder;
    }

    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddOptions<TwilioContentOptions>()
            .BindConfiguration(TwilioOptions.SectionName)
            .Validate(o => TwilioContentOptions.IsHttpUrl(o.ContentApiBaseUrl), "Twilio:ContentApiBaseUrl must be an http(s) URL such as https://content.twilio.com.")
            .ValidateOnStart();
        // A broken content-sids.json stops the app at start, as a broken manifest does, rather than at the first template.
        services.AddSingleton<IPostConfigureOptions<ContentSidOptions>, ContentSidsFromFile>();
        services.AddOptions<ContentSidOptions>().ValidateOnStart();

        services.AddHttpClient<TwilioContentClient>((sp, http) =>
            {
                http.BaseAddress = BaseAddress(sp.GetRequiredService<IOptions<TwilioContentOptions>>().Value.ContentApiBaseUrl);
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
            })
            .AddOperatorResilience();
        services.AddHttpClient<Doctor.TwilioAccountClient>((sp, http) =>
            {
                http.BaseAddress = BaseAddress(sp.GetRequiredService<IOptions<TwilioOptions>>().Value.ApiBaseUrl);
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddOperatorResilience();

        services.AddScoped<Doctor.Doctor>();
        services.AddScoped<TemplatePusher>();
        services.AddScoped<DemoSeeder>();
        return services;
    }

    /// <summary>The commands, for the root command: <c>doctor</c>, <c>templates push|status</c>, <c>seed-demo</c>.</summary>
    public static IEnumerable<Command> Commands(Func<string[], WebApplication> buildApp) =>
    [
        Doctor.DoctorCommand.Create(buildApp),
        TemplatesCommand.Create(buildApp),
        SeedDemoCommand.Create(buildApp),
        Integration.ApiKeysCommand.Create(buildApp),
    ];

    private static Uri BaseAddress(string url) => new(url.TrimEnd('/') + "/");

    /// <summary>
    /// An operator waits at a terminal: a few quick retries for 429, 5xx and network errors (Twilio's Retry-After
    /// honoured), never for a POST, which may have created the template already; then the command reports what failed.
    /// </summary>
    private static IHttpClientBuilder AddOperatorResilience(this IHttpClientBuilder http)
    {
        http.AddResilienceHandler("twilio-operations", pipeline =>
        {
            pipeline.TimeProvider = TimeProvider.System;
            pipeline.AddTimeout(TimeSpan.FromSeconds(60));
            var retry = new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                Delay = TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
            };
            retry.DisableForUnsafeHttpMethods();
            pipeline.AddRetry(retry);
            pipeline.AddTimeout(TimeSpan.FromSeconds(15));
        });
        return http;
    }
}
