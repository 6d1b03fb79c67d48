using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace RetailCrm.Bot.Admin;

public enum AdminKeyCheck
{
    Valid,
    Missing,
    Wrong,

    /// <summary>Too many wrong keys from this client lately: refused whatever key it sends now.</summary>
    LockedOut,
}

/// <summary>
/// Checks <c>X-Api-Key</c> and limits wrong guesses per client address with the shared framework's rate limiting
/// (a fixed window per address). Only failures spend the client's permits, so an operator working through data
/// requests is never slowed; and a locked-out client is refused even with the right key, or the lockout would not
/// stop anyone guessing (a right guess would still show). The rate limiter middleware cannot do this: it takes its
/// permit before the key is checked, for every request alike.
/// </summary>
public sealed partial class AdminKeyGuard : IDisposable
{
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Wrong keys a client address may send per <see cref="FailureWindow"/>.</summary>
    public const int FailureLimit = 10;

    public static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(15);

    private readonly IOptions<AdminOptions> _options;
    private readonly ILogger<AdminKeyGuard> _logger;
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = FailureLimit,
            Window = FailureWindow,
            AutoReplenishment = false,
            QueueLimit = 0,
        }));

    public AdminKeyGuard(IOptions<AdminOptions> options, ILogger<AdminKeyGuard> logger)
    {
        _options = options;
        _logger = logger;
    }

    /// <summary>
    /// How the request's key compares with <c>Admin:ApiKey</c>. A missing key counts as a failure only when
    /// <paramref name="keyRequired"/>: a monitor asking <c>/health/ready</c> without one is not guessing.
    /// </summary>
    public AdminKeyCheck Check(HttpContext context, bool keyRequired)
    {
        var client = ClientOf(context);
        if (IsLockedOut(client))
        {
            return AdminKeyCheck.LockedOut;
        }

        var expected = _options.Value.ApiKey;
        var given = context.Request.Headers[ApiKeyHeader].FirstOrDefault();
        if (string.IsNullOrEmpty(given) && !keyRequired)
        {
            return AdminKeyCheck.Missing;
        }

        if (!string.IsNullOrEmpty(expected) && !string.IsNullOrEmpty(given)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            return AdminKeyCheck.Valid;
        }

        _failures.AttemptAcquire(client).Dispose();
        if (IsLockedOut(client))
        {
            // This failure used the last permit.
            LogLockedOut(_logger, FailureLimit, FailureWindow);
        }

        return string.IsNullOrEmpty(given) ? AdminKeyCheck.Missing : AdminKeyCheck.Wrong;
    }

    /// <summary>How long a locked-out client waits, for Retry-After.</summary>
    public TimeSpan RetryAfter(HttpContext context)
    {
        using var probe = _failures.AttemptAcquire(ClientOf(context), permitCount: 0);
        return probe.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : FailureWindow;
    }

    /// <summary>Loopback callers (and in-process ones, which have no address) are this machine's own.</summary>
    public static bool IsLocal(HttpContext context) =>
        context.Connection.RemoteIpAddress is not { } remote || IPAddress.IsLoopback(remote);

    public void Dispose() => _failures.Dispose();

    private bool IsLockedOut(string client)
    {
        using var probe = _failures.AttemptAcquire(client, permitCount: 0);
        return !probe.IsAcquired;
    }

    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";

    [LoggerMessage(Level = LogLevel.Warning, Message = "A client sent {Limit} wrong admin keys within {Window}: it is refused until the window ends")]
    private static partial void LogLockedOut(ILogger logger, int limit, TimeSpan window);
}
