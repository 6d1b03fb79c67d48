using System.Net;

namespace RetailCrm.Bot.Channels.Sandbox;

/// <summary>
/// The sandbox endpoints and the emulator page answer only a browser or terminal on this machine: the caller must
/// connect from a loopback address and name this machine as the host. The host check keeps out a web page whose
/// own name was pointed at 127.0.0.1 (DNS rebinding), which would otherwise read the sandbox's conversations.
/// </summary>
public sealed class LocalOnly : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return IsLocal(context.HttpContext)
            ? next(context)
            : ValueTask.FromResult<object?>(TypedResults.Problem(
                "The sandbox only answers on this machine.", statusCode: StatusCodes.Status403Forbidden, title: "Local only"));
    }

    public static bool IsLocal(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        // The in-process test server has no remote address; a real socket always has one.
        if (http.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
        {
            return false;
        }

        var host = http.Request.Host.Host;
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
