using System.Text;
using Microsoft.Extensions.Primitives;

namespace RetailCrm.Bot.Channels.Twilio;

/// <summary>
/// Decodes application/x-www-form-urlencoded strictly. ASP.NET Core's own reader leaves a bad escape or
/// invalid UTF-8 in place as literal text; a webhook carrying either (or a NUL) did not come from Twilio and gets a
/// 400 instead of being stored as garbled words.
/// </summary>
public static class StrictFormDecoder
{
    public const int MaxFields = 200;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> body, out Dictionary<string, StringValues> fields, out string? error)
    {
        fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        error = null;
        var buffer = new List<byte>(256);

        while (!body.IsEmpty)
        {
            var end = body.IndexOf((byte)'&');
            var pair = end < 0 ? body : body[..end];
            body = end < 0 ? [] : body[(end + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }

            if (fields.Count >= MaxFields)
            {
                error = $"A Twilio webhook has fewer than {MaxFields} fields.";
                return false;
            }

            var separator = pair.IndexOf((byte)'=');
            var rawName = separator < 0 ? pair : pair[..separator];
            var rawValue = separator < 0 ? [] : pair[(separator + 1)..];
            if (!TryDecodeComponent(rawName, buffer, out var name, out error) || !TryDecodeComponent(rawValue, buffer, out var value, out error))
            {
                return false;
            }

            fields[name] = fields.TryGetValue(name, out var existing) ? StringValues.Concat(existing, value) : new StringValues(value);
        }

        return true;
    }

    private static bool TryDecodeComponent(ReadOnlySpan<byte> raw, List<byte> buffer, out string text, out string? error)
    {
        buffer.Clear();
        text = "";
        error = null;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (b == (byte)'+')
            {
                buffer.Add((byte)' ');
            }
            else if (b == (byte)'%')
            {
                if (i + 2 >= raw.Length || !IsHex(raw[i + 1]) || !IsHex(raw[i + 2]))
                {
                    error = "The form has a malformed percent-escape.";
                    return false;
                }

                buffer.Add((byte)((HexValue(raw[i + 1]) << 4) | HexValue(raw[i + 2])));
                i += 2;
            }
            else
            {
                buffer.Add(b);
            }
        }

        if (buffer.Contains(0))
        {
            // No text Twilio sends has one, and PostgreSQL cannot store one: storing it would fail as a 500.
            error = "The form contains a NUL character.";
            return false;
        }

        try
        {
            text = Utf8.GetString(buffer.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            error = "The form is not valid UTF-8.";
            return false;
        }
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int HexValue(byte b) => b <= (byte)'9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
