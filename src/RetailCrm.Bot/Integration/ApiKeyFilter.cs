using RetailCrm.Bot.Core.Integration;

namespace RetailCrm.Bot.Integration;

/// <summary>
/// Every <c>/api/v1</c> call carries a live key in <c>X-Api-Key</c> (401 otherwise); a read-only key may only read
/// (403 for anything but GET and HEAD). The key found is left in <see cref="HttpContext.Items"/> for the endpoints.
/// </summary>
internal static class ApiKeyFilter
{
    public const string Header = "X-Api-Key";

    public static async ValueTask<object?> RequireKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var presented = http.Request.Headers[Header].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(presented))
        {
            return TypedResults.Problem(
                $"Send an API key in {Header}. An operator creates one with: api-keys create NAME",
                statusCode: StatusCodes.Status401Unauthorized, title: "API key required");
        }

        var key = await http.RequestServices.GetRequiredService<ApiKeyStore>().FindAsync(presented, http.RequestAborted);
        if (key is null)
        {
            return TypedResults.Problem(
                "That API key is unknown or revoked.", statusCode: StatusCodes.Status401Unauthorized, title: "Invalid API key");
        }

        if (key.ReadOnly && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            return TypedResults.Problem(
                $"The key \"{key.Name}\" is read-only; writing needs a key created without --read-only.",
                statusCode: StatusCodes.Status403Forbidden, title: "Read-only key");
        }

        http.Items[typeof(ApiKey)] = key;
        return await next(context);
    }

    /// <summary>The key the request was let in with.</summary>
    public static ApiKey CallerKey(this HttpContext http) => (ApiKey)http.Items[typeof(ApiKey)]!;
}
