using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Core.Insights;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Messaging.Policy;

namespace RetailCrm.Bot.Persistence.SetBased;

public static class SetBasedServices
{
    /// <summary>
    /// The Core's set-based writes (statements EF Core cannot express), for the registered CrmDbContext, and the one
    /// read it cannot (RFM scores, which need window functions).
    /// </summary>
    public static IServiceCollection AddSetBasedWrites(this IServiceCollection services) =>
        services.AddScoped<IOutboxFanOut, OutboxFanOut>()
            .AddScoped<IClaimStatements, ClaimStatements>()
            .AddScoped<IPacingLedger, PacingLedger>()
            .AddScoped<IRfmScores, Insights.RfmScores>();
}
