namespace RetailCrm.Bot.Core.Integration;

/// <summary>Why the integration API refused a call, in words for the developer of the calling system; the host turns it into a problem detail.</summary>
public sealed record IntegrationError(IntegrationErrorKind Kind, string Title, string Detail)
{
    /// <summary>For <see cref="IntegrationErrorKind.Invalid"/>: each field at fault (JSON path) and what is wrong with it.</summary>
    public IReadOnlyDictionary<string, string[]> Fields { get; init; } = new Dictionary<string, string[]>();

    public static IntegrationError Invalid(FieldErrors errors) =>
        new(IntegrationErrorKind.Invalid, "Invalid request", string.Join(" ", errors.All.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))))
        {
            Fields = errors.All,
        };

    public static IntegrationError NotFound(string title, string detail) => new(IntegrationErrorKind.NotFound, title, detail);

    public static IntegrationError Conflict(string title, string detail) => new(IntegrationErrorKind.Conflict, title, detail);
}

public enum IntegrationErrorKind
{
    /// <summary>The request itself is wrong (400).</summary>
    Invalid,

    /// <summary>What it names does not exist (404).</summary>
    NotFound,

    /// <summary>It contradicts what is stored (409).</summary>
    Conflict,
}

/// <summary>What a write did: the resource as a read returns it, whether it was created, or why it was refused.</summary>
public sealed record Written<T>(T? Value, bool Created, IntegrationError? Error) where T : class;

public static class Written
{
    public static Written<T> Ok<T>(T value, bool created = false) where T : class => new(value, created, null);

    public static Written<T> Refused<T>(IntegrationError error) where T : class => new(null, false, error);
}
