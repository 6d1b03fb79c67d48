using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Messaging;

/// <summary>Sends due outbox messages: at once when a turn queues replies, else when the next one falls due.</summary>
public sealed partial class OutboxWorker(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    TimeProvider time,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = PollInterval;
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken);
                if (await dispatcher.NextDueAtAsync(stoppingToken) is { } nextDue)
                {
                    var untilDue = nextDue - time.GetUtcNow().UtcDateTime;
                    wait = untilDue < MinimumWait ? MinimumWait : untilDue < PollInterval ? untilDue : PollInterval;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPassFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox pass failed; retrying shortly")]
    private static partial void LogPassFailed(ILogger logger, Exception ex);
}
