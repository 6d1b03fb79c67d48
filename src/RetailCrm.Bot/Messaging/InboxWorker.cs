using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Inbox;

namespace RetailCrm.Bot.Messaging;

/// <summary>
/// Runs conversation turns for stored inbound messages: at once when the webhook signals, and every few
/// seconds regardless (messages left by a restart or another instance, retries after a failure).
/// </summary>
public sealed partial class InboxWorker(InboxProcessor processor, InboxSignal signal, ILogger<InboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await processor.ProcessAvailableAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unavailable; the messages are safe in the inbox, so try again.
                LogPassFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox pass failed; retrying shortly")]
    private static partial void LogPassFailed(ILogger logger, Exception ex);
}
