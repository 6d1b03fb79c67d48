using System.ComponentModel.DataAnnotations;

namespace RetailCrm.Bot.Media;

/// <summary>
/// The host's part of the <c>Media</c> section (the Core's is <see cref="Core.Messaging.Media.MediaOptions"/>): how the
/// links to charts are signed, and where sandbox mode saves them.
/// </summary>
public sealed class MediaLinkOptions
{
    /// <summary>
    /// Signs <c>/media/{token}</c> links (HMAC-SHA256). Every instance of the store must share it. When unset, a key is
    /// derived from Twilio:AuthToken, which they share already; in sandbox mode each run makes its own.
    /// </summary>
    [MinLength(32, ErrorMessage = "Media:SigningKey must be at least 32 characters (openssl rand -hex 32 makes one), or left unset to derive it from Twilio:AuthToken.")]
    public string? SigningKey { get; set; }

    /// <summary>
    /// Where sandbox mode saves each chart it would have sent, as a PNG. Default: a <c>media</c> folder beside the SQLite
    /// database (data/media), or data/media in the app's folder on a database server. A relative path is in the app's folder.
    /// </summary>
    public string? SandboxFolder { get; set; }
}
