using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>
/// Everything the app logs (at the levels its configuration lets through), caught by a sink the app's Serilog
/// picks up from its services. Each event is kept as it would reach any sink: the rendered line, every property
/// (structured sinks keep them all) and the exception.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => _events.ToList();

    /// <summary>Each event as one text: level, rendered message, every property as name=value, and the exception.</summary>
    public IReadOnlyList<string> Lines => Events.Select(Describe).ToList();

    public void Register(IServiceCollection services) => services.AddSingleton<ILogEventSink>(this);

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public static string Describe(LogEvent e)
    {
        var text = new StringBuilder();
        text.Append('[').Append(e.Level).Append("] ").Append(e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (name, value) in e.Properties)
        {
            text.Append(" | ").Append(name).Append('=').Append(value.ToString());
        }

        if (e.Exception is not null)
        {
            text.Append(" | ").Append(e.Exception);
        }

        return text.ToString();
    }
}
