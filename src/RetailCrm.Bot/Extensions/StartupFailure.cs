using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace RetailCrm.Bot.Extensions;

/// <summary>
/// The app refuses to start for a reason the operator can fix (a setting, the database, the port): the lines say
/// what and how, and are all that is printed.
/// </summary>
public sealed class StartupRefusedException : Exception
{
    public StartupRefusedException(IReadOnlyList<string> lines)
        : base(string.Join(Environment.NewLine, lines)) => Lines = lines;

    public StartupRefusedException(params string[] lines)
        : this((IReadOnlyList<string>)lines)
    {
    }

    public StartupRefusedException()
        : this("RetailCrm.Bot refused to start.")
    {
    }

    public StartupRefusedException(string message, Exception innerException)
        : base(message, innerException) => Lines = [message];

    public IReadOnlyList<string> Lines { get; }
}

/// <summary>
/// Which start-up failures are the operator's to fix, and the line or two that tell them so. Everything else is a
/// bug, whose stack trace is worth its length.
/// </summary>
public static partial class StartupFailure
{
    /// <summary>The lines that explain <paramref name="failure"/>; null when it is not one the operator can fix.</summary>
    public static IReadOnlyList<string>? Explain(Exception failure) => failure switch
    {
        StartupRefusedException refused => refused.Lines,
        OptionsValidationException invalid => invalid.Failures.ToList(),
        IOException { InnerException: AddressInUseException } inUse => [PortInUse(inUse.Message)],
        AggregateException { InnerExceptions.Count: 1 } single => Explain(single.InnerExceptions[0]),
        _ => null,
    };

    /// <summary>Kestrel says "Failed to bind to address http://127.0.0.1:5080: address already in use."</summary>
    private static string PortInUse(string kestrelMessage)
    {
        var match = BindFailure().Match(kestrelMessage);
        if (!match.Success || !Uri.TryCreate(match.Groups["url"].Value, UriKind.Absolute, out var url))
        {
            return $"{kestrelMessage.TrimEnd('.')}: stop what is listening there, or choose another address with --urls http://localhost:5081.";
        }

        return $"Port {url.Port} is already in use ({url.GetLeftPart(UriPartial.Authority)}), perhaps by another RetailCrm.Bot: " +
               $"stop it, or choose another port with --urls http://localhost:{url.Port + 1}";
    }

    [GeneratedRegex(@"address (?<url>\S+?): address already in use", RegexOptions.IgnoreCase)]
    private static partial Regex BindFailure();
}
