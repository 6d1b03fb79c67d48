using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Channels.Twilio;

namespace RetailCrm.Bot.Media;

/// <summary>
/// The token in a chart's link: the file's id and the moment the link stops working, signed with HMAC-SHA256, in
/// base64url. Whoever holds the link may fetch the picture until then (Twilio does, right after the send); without
/// the key nobody can make a link to another file or a later time.
/// </summary>
public sealed class MediaTokens
{
    private const int IdLength = 16;
    private const int ExpiryLength = sizeof(long);
    private const int PayloadLength = IdLength + ExpiryLength;
    private const int TokenLength = PayloadLength + HMACSHA256.HashSizeInBytes;

    /// <summary>Keeps a key derived from the auth token apart from the token itself and from any other use of it.</summary>
    private static readonly byte[] DerivationLabel = Encoding.UTF8.GetBytes("RetailCrm.Bot media links v1");

    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public MediaTokens(IOptions<MediaLinkOptions> links, IOptions<TwilioOptions> twilio, TimeProvider time)
        : this(KeyFrom(links.Value, twilio.Value), time)
    {
    }

    public MediaTokens(byte[] key, TimeProvider time)
    {
        _key = key;
        _time = time;
    }

    /// <summary>A token for <paramref name="mediaId"/> that is good until <paramref name="expiresAtUtc"/> (to the second).</summary>
    public string Create(Guid mediaId, DateTime expiresAtUtc)
    {
        Span<byte> token = stackalloc byte[TokenLength];
        mediaId.TryWriteBytes(token[..IdLength]);
        BinaryPrimitives.WriteInt64BigEndian(token[IdLength..PayloadLength], new DateTimeOffset(DateTime.SpecifyKind(expiresAtUtc, DateTimeKind.Utc)).ToUnixTimeSeconds());
        HMACSHA256.HashData(_key, token[..PayloadLength], token[PayloadLength..]);
        return Base64Url.EncodeToString(token);
    }

    /// <summary>
    /// The media id in a token that this app signed and that has not expired. Anything else (malformed, forged,
    /// expired) is simply not a token, and the caller answers the same for all of them.
    /// </summary>
    public bool TryRead(string? token, out Guid mediaId, out DateTime expiresAtUtc)
    {
        mediaId = Guid.Empty;
        expiresAtUtc = default;
        Span<byte> bytes = stackalloc byte[TokenLength];
        if (token is null || Base64Url.GetMaxDecodedLength(token.Length) < TokenLength
            || !Base64Url.TryDecodeFromChars(token, bytes, out var written) || written != TokenLength)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, bytes[..PayloadLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes[PayloadLength..]))
        {
            return false;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(bytes[IdLength..PayloadLength]));
        if (expires <= _time.GetUtcNow())
        {
            return false;
        }

        mediaId = new Guid(bytes[..IdLength]);
        expiresAtUtc = expires.UtcDateTime;
        return true;
    }

    private static byte[] KeyFrom(MediaLinkOptions links, TwilioOptions twilio)
    {
        if (!string.IsNullOrEmpty(links.SigningKey))
        {
            return Encoding.UTF8.GetBytes(links.SigningKey);
        }

        if (!string.IsNullOrEmpty(twilio.AuthToken))
        {
            return HMACSHA256.HashData(Encoding.UTF8.GetBytes(twilio.AuthToken), DerivationLabel);
        }

        // Sandbox mode: nothing is sent anywhere, so links only have to work in this run.
        return RandomNumberGenerator.GetBytes(32);
    }
}
