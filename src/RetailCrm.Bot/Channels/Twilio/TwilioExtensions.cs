using Polly;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Channels.Sandbox;
using RetailCrm.Bot.Core.Messaging;

namespace RetailCrm.Bot.Channels.Twilio;

public static class TwilioExtensions
{
    /// <summary>
    /// Twilio when its credentials are configured; otherwise the sandbox channel, which prints instead of
    /// sending and opens the local chat endpoint.
    /// </summary>
    public static WebApplicationBuilder AddMessageChannel(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>();
        builder.Services.AddSingleton<TwilioRequestAuthenticator>();
        builder.Services.AddSingleton<TwilioInboundMapper>();

        var twilio = builder.Configuration.GetSection(TwilioOptions.SectionName).Get<TwilioOptions>() ?? new TwilioOptions();
        if (!twilio.IsConfigured)
        {
            builder.Services.AddSandboxChannel();
            return builder;
        }

        builder.Services.AddHttpClient<IMessageSender, TwilioMessageSender>((services, http) =>
            {
                var options = services.GetRequiredService<IOptions<TwilioOptions>>().Value;
                http.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
            })
            .AddResilienceHandler("twilio", pipeline =>
            {
                // Network timeouts, backoff and the breaker's clock are real seconds, whatever clock the store's business runs on.
                pipeline.TimeProvider = TimeProvider.System;
                pipeline.AddTimeout(TimeSpan.FromSeconds(60));
                // Retries 429, 408, 5xx and network errors with jittered backoff, waiting as long as
                // Twilio's Retry-After says. A 4xx such as 21211 (invalid number) is final and not retried.
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 3,
                    Delay = TimeSpan.FromSeconds(1),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                });
                // When most calls fail, stop calling for a while: during an outage each message then fails at once
                // (and waits in the outbox) instead of spending a minute of retries, and Twilio gets time to recover.
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 5,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = TimeSpan.FromSeconds(15),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(15));
            });
        return builder;
    }
}
