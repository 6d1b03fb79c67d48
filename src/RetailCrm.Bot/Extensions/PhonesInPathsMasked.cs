using System.Text;
using RetailCrm.Bot.Core.Phones;
using Serilog.Core;
using Serilog.Events;

namespace RetailCrm.Bot.Extensions;

/// <summary>
/// Masks phone numbers in request paths wherever a log event carries one: the request log line, and the
/// <c>RequestPath</c> that ASP.NET Core adds to every event logged during a request (structured sinks keep it).
/// </summary>
public sealed class PhonesInPathsMasked : ILogEventEnricher
{
    /// <summary>A path segment with this many digits may be a phone number; no route of ours has such an id.</summary>
    private const int DigitsOfAPhone = 6;

    private static readonly string[] PathProperties = ["RequestPath", "Path"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var name in PathProperties)
        {
            if (logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: { } raw } && raw.ToString() is { } path)
            {
                var masked = Mask(path);
                if (!ReferenceEquals(masked, path))
                {
                    logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(masked)));
                }
            }
        }
    }

    /// <summary>
    /// "/admin/customers/+919876543210" → "/admin/customers/+91******3210"; a number in any other spelling keeps
    /// only its last four digits. Returns the same instance when there is nothing to mask.
    /// </summary>
    public static string Mask(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Count(char.IsDigit) < DigitsOfAPhone)
        {
            return path ?? "";
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var digits = segment.Count(char.IsDigit);
            if (digits < DigitsOfAPhone)
            {
                continue;
            }

            segments[i] = segment.Length > 1 && segment[0] == '+' && segment.Skip(1).All(char.IsAsciiDigit)
                ? PhoneMask.Mask(segment)
                : KeepLastDigits(segment, digits, 4);
        }

        return string.Join('/', segments);
    }

    private static string KeepLastDigits(string segment, int digits, int keep)
    {
        var masked = new StringBuilder(segment.Length);
        var seen = 0;
        foreach (var c in segment)
        {
            masked.Append(char.IsDigit(c) && ++seen <= digits - keep ? '*' : c);
        }

        return masked.ToString();
    }
}
