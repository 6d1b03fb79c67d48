using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Channels.Twilio;

namespace RetailCrm.Bot.Health;

/// <summary>Always healthy; tells an operator whether messages really go out or only to the console.</summary>
public sealed class ChannelHealthCheck(IOptions<TwilioOptions> twilio) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy(twilio.Value.IsConfigured ? "twilio" : "sandbox"));
}
