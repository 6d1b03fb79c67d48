using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Data;

namespace RetailCrm.Bot.Media;

/// <summary>The public address of a message's picture, as Twilio fetches it: Twilio:PublicBaseUrl + /media/{token}.</summary>
public sealed class MediaLinks(MediaTokens tokens, IServiceScopeFactory scopes, IOptions<TwilioOptions> twilio, TimeProvider time)
{
    /// <summary>
    /// A link good until the file expires; null when there is nothing to link to (the file has expired or been deleted)
    /// or no public address is configured, and then the message goes as text alone.
    /// </summary>
    public async Task<string?> PublicUrlAsync(Guid mediaId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(twilio.Value.PublicBaseUrl))
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var expiresAt = await db.MediaFiles
            .Where(m => m.Id == mediaId && m.ExpiresAt > now)
            .Select(m => (DateTime?)m.ExpiresAt)
            .SingleOrDefaultAsync(ct);
        return expiresAt is { } expires
            ? twilio.Value.PublicBaseUrl.TrimEnd('/') + MediaApi.PathFor(tokens.Create(mediaId, expires))
            : null;
    }
}
