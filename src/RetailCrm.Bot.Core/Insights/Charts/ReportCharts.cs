using Microsoft.Extensions.Logging;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Media;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Core.Insights.Charts;

/// <summary>
/// Adds a report's chart to its reply where the owner can see it: on WhatsApp. An SMS reply is the same words without
/// the picture, so no chart is drawn for it.
/// </summary>
public sealed partial class ReportCharts(IChartRenderer renderer, MediaAttachments media, ILogger<ReportCharts> logger)
{
    public void Attach(TurnContext turn, OutboundMessage reply, Func<IChartRenderer, byte[]> draw)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(draw);
        if (turn.Channel != MessageChannel.WhatsApp)
        {
            return;
        }

        byte[] png;
        try
        {
            png = draw(renderer);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The numbers are in the text: a chart that cannot be drawn must not cost the owner the reply.
            LogChartFailed(logger, ex, reply.Kind);
            return;
        }

        media.AttachPng(reply, png);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not draw the chart for a {Kind}; the reply goes as text alone")]
    private static partial void LogChartFailed(ILogger logger, Exception ex, string kind);
}
