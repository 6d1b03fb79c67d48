using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Extensions;

/// <summary>
/// At start: loads the recognizer (its model, or trains one when the saved model is stale) so the first shopper does
/// not wait for it, and warns about store facts shoppers will ask for that are not set, which the bot then hands
/// to the team instead of answering.
/// </summary>
internal sealed partial class StartupChecks(IServiceProvider services, IOptions<StoreOptions> store, ILogger<StartupChecks> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IIntentRecognizer>();
        foreach (var key in store.Value.UnsetFacts())
        {
            LogUnsetFact(logger, key);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Key} is not set: shoppers who ask about it are handed to the team instead of answered. Set it in appsettings.json or the environment.")]
    private static partial void LogUnsetFact(ILogger logger, string key);
}
