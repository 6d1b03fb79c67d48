using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Ai;

namespace RetailCrm.Bot.Ai;

public static class AiExtensions
{
    /// <summary>
    /// Azure OpenAI, registered only when configured. The budget is bound either way; without a model the
    /// AiGateway answers "ai_off" to everything and nothing calls out.
    /// </summary>
    public static WebApplicationBuilder AddAi(this WebApplicationBuilder builder)
    {
        builder.Services.AddAi(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<AiHealthCheck>("ai", tags: ["ready"]);
        return builder;
    }

    public static IServiceCollection AddAi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AzureOpenAiOptions>()
            .BindConfiguration(AzureOpenAiOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => !o.IsConfigured || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out _), "AzureOpenAI:Endpoint must be an absolute URL such as https://my-resource.openai.azure.com.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Endpoint) == string.IsNullOrWhiteSpace(o.Deployment), "AzureOpenAI:Endpoint and AzureOpenAI:Deployment go together.")
            .ValidateOnStart();
        services.AddOptions<AiBudgetOptions>()
            .BindConfiguration(AzureOpenAiOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var options = configuration.GetSection(AzureOpenAiOptions.SectionName).Get<AzureOpenAiOptions>() ?? new AzureOpenAiOptions();
        if (options.IsConfigured)
        {
            services.AddSingleton<ILanguageModel, AzureOpenAiLanguageModel>();
            services.AddHttpClient(AzureOpenAiLanguageModel.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
                .AddResilienceHandler("azure-openai", pipeline =>
                {
                    // Network timeouts, backoff and the breaker's clock are real seconds, whatever clock the store's business runs on.
                    pipeline.TimeProvider = TimeProvider.System;
                    // The whole call, retries included, within AzureOpenAI:Timeout: a message never waits longer.
                    pipeline.AddTimeout(options.Timeout);
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = 2,
                        Delay = TimeSpan.FromMilliseconds(250),
                        BackoffType = DelayBackoffType.Linear,
                        UseJitter = false,
                        ShouldRetryAfterHeader = false,
                    });
                    // After repeated failures stop calling for a while: an outage then costs each message nothing,
                    // it goes out at once with its template, instead of each waiting out the timeout.
                    pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        FailureRatio = 0.5,
                        MinimumThroughput = 3,
                        SamplingDuration = TimeSpan.FromSeconds(60),
                        BreakDuration = TimeSpan.FromSeconds(30),
                    });
                });
        }

        return services;
    }
}

/// <summary>Always healthy: the bot works without AI. Says whether it is on and how much of today's budget is spent.</summary>
public sealed class AiHealthCheck(AiGateway ai, IOptions<AiBudgetOptions> budget) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!ai.IsEnabled)
        {
            return HealthCheckResult.Healthy("off");
        }

        var spent = await ai.TokensTodayAsync(cancellationToken);
        return HealthCheckResult.Healthy($"on: {ai.ModelName}, {spent} of {budget.Value.DailyTokenBudget} tokens today");
    }
}
