using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Messaging.Media;

/// <summary>
/// Puts a picture beside a queued message, in the caller's unit of work: the file is stored in the database with the
/// message (so whichever instance Twilio asks can serve it) or not at all.
/// </summary>
public sealed class MediaAttachments(ICrmDbContext db, StoreClock clock, IOptions<MediaOptions> options)
{
    public const string Png = "image/png";

    public MediaFile AttachPng(OutboundMessage message, byte[] png)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.UtcNow;
        var file = new MediaFile
        {
            Id = Guid.NewGuid(),
            ContentType = Png,
            Content = png,
            CreatedAt = now,
            ExpiresAt = now + options.Value.UrlLifetime,
        };
        db.MediaFiles.Add(file);
        message.MediaId = file.Id;
        return file;
    }
}
