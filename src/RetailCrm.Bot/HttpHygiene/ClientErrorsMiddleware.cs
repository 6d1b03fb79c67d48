namespace RetailCrm.Bot.HttpHygiene;

/// <summary>
/// A client that breaks off or trickles its upload is the client's problem, not the app's: Kestrel reports it as a
/// <see cref="BadHttpRequestException"/> carrying the right status (400 for a body shorter than its Content-Length,
/// 408 for one too slow, 413 for one too large), which left unhandled became a 500 and an error in the log.
/// Here it becomes that status, logged at Debug.
/// </summary>
public sealed partial class ClientErrorsMiddleware(RequestDelegate next, ILogger<ClientErrorsMiddleware> logger)
{
    /// <summary>nginx's "client closed request": recorded in the request log only, nobody is there to read it.</summary>
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex)
        {
            LogBadRequest(logger, ex.StatusCode, ex.Message);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                // A body that is not the JSON an endpoint takes: say where and why, so the caller can fix their side.
                var detail = ex.InnerException is System.Text.Json.JsonException json ? $"{ex.Message} {json.Message}" : ex.Message;
                await TypedResults.Problem(detail, statusCode: ex.StatusCode, title: "Bad request").ExecuteAsync(context);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            LogAborted(logger, ex);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = ClientClosedRequest;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused a request the client did not send whole or in time ({StatusCode}): {Reason}")]
    private static partial void LogBadRequest(ILogger logger, int statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The client went away mid-request")]
    private static partial void LogAborted(ILogger logger, Exception exception);
}
