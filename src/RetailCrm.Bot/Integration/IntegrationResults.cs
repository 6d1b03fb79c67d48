using Microsoft.AspNetCore.Http.HttpResults;
using RetailCrm.Bot.Core.Integration;

namespace RetailCrm.Bot.Integration;

/// <summary>The Core's answers as HTTP: the resource (200, or 201 with its address), or a problem detail naming what was wrong.</summary>
internal static class IntegrationResults
{
    public static Results<Ok<T>, ProblemHttpResult> Read<T>(Written<T> read) where T : class =>
        read.Error is { } error ? Problem(error) : TypedResults.Ok(read.Value!);

    public static Results<Ok<T>, Created<T>, ProblemHttpResult> Write<T>(Written<T> written, Func<T, string> location) where T : class =>
        written switch
        {
            { Error: { } error } => Problem(error),
            { Created: true } => TypedResults.Created(location(written.Value!), written.Value),
            _ => TypedResults.Ok(written.Value!),
        };

    public static ProblemHttpResult Problem(IntegrationError error) => TypedResults.Problem(
        error.Detail,
        statusCode: error.Kind switch
        {
            IntegrationErrorKind.NotFound => StatusCodes.Status404NotFound,
            IntegrationErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        },
        title: error.Title,
        extensions: error.Fields.Count == 0 ? null : new Dictionary<string, object?> { ["errors"] = error.Fields });

    /// <summary>A path segment of a Location header: "+91…" and SKUs with "/" or "#" stay one segment.</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);
}
