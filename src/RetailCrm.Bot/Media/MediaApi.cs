using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;

namespace RetailCrm.Bot.Media;

/// <summary>
/// <c>GET /media/{token}</c>: a chart the bot sent, for Twilio to fetch and attach to the WhatsApp message. The token
/// (<see cref="MediaTokens"/>) is the only credential. Forged, malformed, expired or deleted all answer the same
/// 404, so a caller learns nothing about which files exist or when they were made.
/// </summary>
public static class MediaApi
{
    public const string Path = "/media";

    public static string PathFor(string token) => $"{Path}/{token}";

    public static WebApplication MapMedia(this WebApplication app)
    {
        app.MapGroup(Path).MapGet("/{token}", Get).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> Get(
        string token, MediaTokens tokens, ICrmDbContext db, TimeProvider time, HttpResponse response, CancellationToken ct)
    {
        if (!tokens.TryRead(token, out var id, out var linkExpiresAt))
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var file = await db.MediaFiles.AsNoTracking()
            .Where(m => m.Id == id && m.ExpiresAt > now)
            .Select(m => new { m.ContentType, m.Content, m.ExpiresAt })
            .SingleOrDefaultAsync(ct);
        if (file is null)
        {
            return TypedResults.NotFound();
        }

        // No cache may keep it past the link's life; "private" keeps it out of shared proxies.
        var expiresAt = file.ExpiresAt < linkExpiresAt ? file.ExpiresAt : linkExpiresAt;
        var seconds = Math.Max(0, (long)(expiresAt - now).TotalSeconds);
        response.Headers.CacheControl = $"private, max-age={seconds}";
        return TypedResults.File(file.Content, file.ContentType);
    }
}
