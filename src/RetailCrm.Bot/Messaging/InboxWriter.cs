using RetailCrm.Bot.Core.Messaging.Inbox;

namespace RetailCrm.Bot.Messaging;

/// <summary>
/// Runs the inbox's group-commit loop (<see cref="Inbox.RunAsync"/>) for the life of the host. Hosted services stop
/// after the server has stopped taking requests, so the webhooks still waiting are committed before the app exits.
/// </summary>
public sealed class InboxWriter(Inbox inbox) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => inbox.RunAsync(stoppingToken);
}
