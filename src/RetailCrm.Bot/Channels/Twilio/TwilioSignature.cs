using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace RetailCrm.Bot.Channels.Twilio;

/// <summary>
/// Twilio's <c>X-Twilio-Signature</c>: HMAC-SHA1, keyed with the auth token, over the full URL followed by
/// every POST parameter name and value, names in ordinal order (a repeated name's values sorted too),
/// base64-encoded. Twilio sometimes signs the URL with the default port spelled out and sometimes without,
/// so both spellings are tried, as its own SDKs do.
/// </summary>
public static class TwilioSignature
{
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var parameter in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var value in parameter.Value.OrderBy(v => v, StringComparer.Ordinal))
            {
                data.Append(parameter.Key).Append(value);
            }
        }

        // SHA-1 is what Twilio's protocol prescribes; it is an HMAC, where SHA-1's collision weakness does not apply.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
#pragma warning restore CA5350
        return Convert.ToBase64String(hash);
    }

    public static bool IsValid(
        string? authToken,
        string url,
        IEnumerable<KeyValuePair<string, StringValues>> parameters,
        string? signature)
    {
        if (string.IsNullOrEmpty(authToken) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(signature);
        var materialized = parameters.ToList();
        var valid = false;
        foreach (var candidate in UrlVariants(url))
        {
            var expected = Encoding.UTF8.GetBytes(Compute(authToken, candidate, materialized));
            // Constant time, and no early exit, so timing says nothing about which variant or byte differed.
            valid |= CryptographicOperations.FixedTimeEquals(expected, given);
        }

        return valid;
    }

    /// <summary>
    /// The URL with the default port added (when it had none) and with any port removed, as Twilio's SDKs
    /// try them. Done on the text, because a URI parser would re-encode the path and break the signature.
    /// </summary>
    public static IReadOnlyList<string> UrlVariants(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return [url];
        }

        var scheme = url[..schemeEnd].ToLowerInvariant();
        var authorityStart = schemeEnd + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0)
        {
            authorityEnd = url.Length;
        }

        var authority = url[authorityStart..authorityEnd];
        var rest = url[authorityEnd..];
        var prefix = url[..authorityStart];
        var userInfoEnd = authority.LastIndexOf('@') + 1;
        var hostPort = authority[userInfoEnd..];
        var portSeparator = hostPort.LastIndexOf(':');
        var hasPort = portSeparator >= 0 && !hostPort.EndsWith(']');
        var host = hasPort ? hostPort[..portSeparator] : hostPort;
        var hostWithUser = authority[..userInfoEnd] + host;

        var withoutPort = prefix + hostWithUser + rest;
        var defaultPort = scheme switch { "https" => "443", "http" => "80", _ => null };
        var withPort = hasPort || defaultPort is null ? url : prefix + hostWithUser + ":" + defaultPort + rest;

        return new[] { url, withPort, withoutPort }.Distinct(StringComparer.Ordinal).ToList();
    }
}
