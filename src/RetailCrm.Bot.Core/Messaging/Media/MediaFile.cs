namespace RetailCrm.Bot.Core.Messaging.Media;

/// <summary>
/// A picture the bot sends with a message (a chart), kept in the database so that whichever instance Twilio asks
/// can serve it, until <see cref="ExpiresAt"/>.
/// </summary>
public sealed class MediaFile
{
    public Guid Id { get; set; }

    /// <summary>"image/png".</summary>
    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>After this the file is not served and may be deleted.</summary>
    public DateTime ExpiresAt { get; set; }
}
