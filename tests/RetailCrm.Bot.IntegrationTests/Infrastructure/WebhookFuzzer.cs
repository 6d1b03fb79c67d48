using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Primitives;
using RetailCrm.Bot.Channels.Twilio;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>
/// Generates webhook requests, good and hostile, from one seed: each is a category and a way to send it to a
/// <see cref="RealBot"/>, returning the status the server answered with (0 when the request was never meant to get
/// one, -1 when the client failed). The valid messages it makes, and the numbers that must never be answered, are
/// recorded for the checks afterwards.
/// </summary>
public sealed class WebhookFuzzer(int seed)
{
    private const string Path = TwilioWebhooksApi.MessagesPath;

    private static readonly string[] HostileTexts =
    [
        "'; DROP TABLE customers; --",
        "\" OR 1=1 --",
        "<script>alert(1)</script>",
        "{0}{1}{Phone}{@Body}",
        "%s%s%s%n%x",
        "\u202Eevil\u202C text",
        "zero\u200Bwidth\uFEFF",
        "👍🏽👍🏽😡🇮🇳",
        "नमस्ते, लाल साड़ी है क्या?",
        "\\u0000 not a nul",
        "line one\r\nline two\ttabbed",
        "${jndi:ldap://x/a}",
        "../../etc/passwd",
        "ÿ¿½ mojibake Ã©",
    ];

    private static readonly string[] Greetings = ["hi", "hello", "thanks", "ok", "namaste", "kya haal hai", "👋"];

    private readonly Random _random = new(seed);
    private int _sender;

    public int Seed => seed;

    /// <summary>Signed messages from phone numbers: each must be answered, once.</summary>
    public List<(string Sid, string Phone)> Valid { get; } = [];

    /// <summary>Numbers whose digits appear only in requests that must never be answered.</summary>
    public HashSet<string> NeverAnswered { get; } = [];

    public sealed record Request(string Category, Func<RealBot, HttpClient, Task<int>> Send);

    /// <summary>The requests, in the order they were generated; slow uploads come first so they overlap the rest.</summary>
    public List<Request> Generate(int count)
    {
        var requests = new List<Request> { Slow(), Slow(), Slow() };
        while (requests.Count < count)
        {
            var roll = _random.Next(100);
            // About 6% are messages to answer (a turn and a reply each, the slow part); the rest are refused at the door.
            requests.AddRange(roll switch
            {
                < 2 => ValidMessage(),
                < 14 => [SignedHostile()],
                < 30 => [Unsigned()],
                < 46 => [BrokenEncoding()],
                < 51 => [WrongContentType()],
                < 55 => [Oversized()],
                < 67 => [Aborted()],
                < 84 => [Junk()],
                _ => [MalformedHttp()],
            });
        }

        return requests;
    }

    /// <summary>A good message from a new number; now and then Twilio delivers it two or three times at once.</summary>
    private IEnumerable<Request> ValidMessage()
    {
        var phone = NextPhone(7);
        var form = _random.Next(2) == 0 ? TwilioWebhook.WhatsApp(phone, Pick(Greetings)) : TwilioWebhook.Sms(phone, Pick(Greetings));
        Valid.Add((form["MessageSid"], phone));
        var copies = _random.Next(10) == 0 ? _random.Next(2, 4) : 1;
        return Enumerable.Range(0, copies).Select(_ => new Request("valid", (_, http) => PostAsync(http, form, sign: true)));
    }

    /// <summary>Signed by Twilio's key, with one field set to something Twilio would never send.</summary>
    private Request SignedHostile()
    {
        var phone = NextPhone(7);
        var form = TwilioWebhook.Sms(phone, Pick(Greetings));
        var valid = true;
        switch (_random.Next(12))
        {
            case 0 or 1:
                form["Body"] = Pick(HostileTexts);
                break;
            case 2:
                form["Body"] = RandomText(_random.Next(1, 4096));
                break;
            case 3:
                OddButHarmless(form);
                break;
            case 4 or 5:
                form["Body"] = new string('x', _random.Next(4097, 9000));
                valid = false;
                break;
            case 6 or 7:
                var digits = NextPhone(8);
                NeverAnswered.Add(digits);
                form["From"] = Pick(["messenger:", "rcs:", "apple:", "viber:", "sms:", "tel:", "WhatsApp:whatsapp:"]) + digits;
                valid = false;
                break;
            case 8:
                var typo = NextPhone(8);
                NeverAnswered.Add(typo);
                NeverAnswered.Add(typo[..^1]);
                form["From"] = (_random.Next(2) == 0 ? "whatsapp:" : "") + typo[..^1] + "O";
                valid = false;
                break;
            case 9 or 10:
                form["From"] = Pick(["KAPOOR", "priya@example.com", "", " ", "+", "whatsapp:", "00000000000000000000000000000", new string('9', 300)]);
                valid = false;
                break;
            default:
                form["MessageSid"] = Pick(["", "S", "SM' OR '1'='1", new string('A', 65), "SM\u0663\u0664", "SM_123"]);
                form.Remove("SmsMessageSid");
                valid = false;
                break;
        }

        if (valid)
        {
            Valid.Add((form["MessageSid"], phone));
        }
        else
        {
            NeverAnswered.Add(phone);
        }

        return new Request(valid ? "valid, hostile fields" : "signed, refused or not a phone", (_, http) => PostAsync(http, form, sign: true));
    }

    /// <summary>Fields Twilio would not send like this, which still leave a message that must be answered.</summary>
    private void OddButHarmless(Dictionary<string, string> form)
    {
        switch (_random.Next(5))
        {
            case 0:
                form["NumMedia"] = Pick(["-1", "99999999999999999999", "1e10", "NaN", "\uFF12"]);
                break;
            case 1:
                form["ProfileName"] = RandomText(_random.Next(100, 2000));
                break;
            case 2:
                form["To"] = RandomText(_random.Next(60, 500));
                form["OptOutType"] = RandomText(_random.Next(5, 200));
                break;
            case 3:
                for (var i = 0; i < _random.Next(1, 150); i++)
                {
                    form[$"Extra{i}"] = RandomText(_random.Next(0, 40));
                }

                break;
            default:
                form.Remove("Body");
                break;
        }
    }

    /// <summary>A good message without Twilio's signature, with a forged one, or one made for another URL.</summary>
    private Request Unsigned()
    {
        var phone = NextPhone(6);
        NeverAnswered.Add(phone);
        var form = TwilioWebhook.WhatsApp(phone, Pick(Greetings));
        var signature = _random.Next(4) switch
        {
            0 => null,
            1 => Convert.ToBase64String(RandomBytes(20)),
            2 => TwilioWebhook.Sign(TwilioWebhooksApi.StatusPath, form),
            _ => new string('A', _random.Next(0, 5000)),
        };
        return new Request("unsigned", (_, http) => PostAsync(http, form, sign: signature is not null, signature));
    }

    /// <summary>Bytes that are not a valid form: broken escapes, invalid UTF-8, NUL, random bytes.</summary>
    private Request BrokenEncoding()
    {
        var phone = NextPhone(6);
        NeverAnswered.Add(phone);
        var good = Encoding.ASCII.GetBytes(Encode(TwilioWebhook.Sms(phone, "hi")));
        var broken = _random.Next(7) switch
        {
            0 => Concat(good, "&Body=%FF%FE%FD"u8.ToArray()),
            1 => Concat(good, "&Body=%E0%A4"u8.ToArray()),
            2 => Concat(good, "&Body=50%25+off%ZZ"u8.ToArray()),
            3 => Concat(good, "&Body=a%00b"u8.ToArray()),
            4 => Concat(good, [(byte)'&', (byte)'B', (byte)'=', 0xC0, 0xAF, 0xED, 0xA0, 0x80]),
            5 => Concat(good, "&Body=%C0%AF%ED%A0%80%F8%88%80%80%80"u8.ToArray()),
            _ => RandomBytes(_random.Next(1, 3000)),
        };
        var signature = _random.Next(2) == 0 ? TwilioWebhook.Sign(Path, TwilioWebhook.Sms(phone, "hi")) : "sig";
        return new Request("broken encoding", (_, http) => PostRawAsync(http, broken, "application/x-www-form-urlencoded", signature));
    }

    private Request WrongContentType()
    {
        var body = Encoding.UTF8.GetBytes("{\"From\":\"+919876543210\",\"Body\":\"hi\"}");
        var type = Pick(["application/json", "text/plain", "multipart/form-data; boundary=x", "application/xml", "x/x"]);
        return new Request("wrong content type", (_, http) => PostRawAsync(http, body, type, "sig"));
    }

    /// <summary>More than any webhook: announced in Content-Length (and only partly sent) or chunked without one.</summary>
    private Request Oversized()
    {
        if (_random.Next(3) == 0)
        {
            var chunks = _random.Next(2, 4);
            var chunk = new string('a', 0x8000);
            var body = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat($"8000\r\n{chunk}\r\n", chunks * 2)) + "0\r\n\r\n");
            return new Request("oversized, chunked", (bot, _) => RawHttp.SendAsync(bot.Port, RawHttp.Head(
                "POST", Path, "Content-Type: application/x-www-form-urlencoded", "Transfer-Encoding: chunked", "X-Twilio-Signature: sig"), body));
        }

        var announced = _random.Next(TwilioFormReader.MaxRequestBytes + 1, 50_000_000);
        var sent = new byte[_random.Next(0, 8192)];
        return new Request("oversized, announced", (bot, _) => RawHttp.SendAsync(bot.Port, RawHttp.Head(
            "POST", Path, "Content-Type: application/x-www-form-urlencoded", $"Content-Length: {announced}", "X-Twilio-Signature: sig"), sent));
    }

    /// <summary>A body shorter than its Content-Length, then the connection closes (politely or with a reset).</summary>
    private Request Aborted()
    {
        var phone = NextPhone(6);
        NeverAnswered.Add(phone);
        var form = TwilioWebhook.Sms(phone, "a message that never arrives whole");
        var body = Encoding.ASCII.GetBytes(Encode(form));
        var signature = TwilioWebhook.Sign(Path, form);
        var cut = _random.Next(0, body.Length);
        var reset = _random.Next(2) == 0;
        var head = RawHttp.Head("POST", Path, "Content-Type: application/x-www-form-urlencoded", $"Content-Length: {body.Length + _random.Next(1, 5000)}", $"X-Twilio-Signature: {signature}");
        return new Request("aborted", async (bot, _) =>
        {
            await RawHttp.SendAndHangUpAsync(bot.Port, head, body[..cut], reset);
            return 0;
        });
    }

    /// <summary>A body trickled a byte a second: Kestrel gives up on it (408).</summary>
    private static Request Slow() => new("slow", (bot, _) => RawHttp.TrickleAsync(bot.Port, RawHttp.Head(
        "POST", Path, "Content-Type: application/x-www-form-urlencoded", "Content-Length: 5000", "X-Twilio-Signature: sig"), TimeSpan.FromSeconds(1)));

    /// <summary>Other methods and paths, odd queries, the status callback with rubbish.</summary>
    private Request Junk()
    {
        var (method, path) = _random.Next(10) switch
        {
            0 => ("GET", Path),
            1 => ("PUT", Path),
            2 => ("DELETE", Path),
            3 => ("POST", TwilioWebhooksApi.StatusPath),
            4 => ("GET", "/admin/customers/+919876543210"),
            5 => ("GET", "/health/ready?" + Uri.EscapeDataString(RandomText(50))),
            6 => ("GET", "/%2e%2e/%2e%2e/etc/passwd"),
            7 => ("POST", "/" + Uri.EscapeDataString(RandomText(_random.Next(1, 2000)))),
            8 => ("OPTIONS", "/sandbox/messages"),
            _ => ("POST", Path + "?MessageSid=SM1&From=%2B919876543210"),
        };
        var form = TwilioWebhook.Sms(NextPhone(6), "hi");
        NeverAnswered.Add(form["From"]);
        return new Request("other method or path", async (_, http) =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PUT")
            {
                request.Content = new FormUrlEncodedContent(form);
                request.Headers.TryAddWithoutValidation(TwilioRequestAuthenticator.SignatureHeader, "sig");
            }

            return await SendAsync(http, request);
        });
    }

    /// <summary>Bytes that are not HTTP at all, or HTTP no client sends: Kestrel answers these itself.</summary>
    private Request MalformedHttp()
    {
        var head = _random.Next(6) switch
        {
            0 => "GARBAGE\r\n\r\n",
            1 => $"POST {Path} HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
            2 => $"POST {Path} HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nContent-Length: 20\r\n\r\n",
            3 => $"POST {Path} HTTP/1.1\r\nHost: x\r\nX-Big: {new string('a', 40_000)}\r\n\r\n",
            4 => $"POST {Path} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\nzz\r\n",
            _ => $"POST /webhooks/twilio/messages\u0001 HTTP/9.9\r\n\r\n",
        };
        return new Request("malformed HTTP", (bot, _) => RawHttp.SendAsync(bot.Port, head, []));
    }

    private static async Task<int> PostAsync(HttpClient http, Dictionary<string, string> form, bool sign, string? signature = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(Encoding.ASCII.GetBytes(Encode(form))) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded");
        if (sign)
        {
            request.Headers.TryAddWithoutValidation(TwilioRequestAuthenticator.SignatureHeader, signature ?? Sign(form));
        }

        return await SendAsync(http, request);
    }

    private static async Task<int> PostRawAsync(HttpClient http, byte[] body, string contentType, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.TryAddWithoutValidation(TwilioRequestAuthenticator.SignatureHeader, signature);
        return await SendAsync(http, request);
    }

    private static async Task<int> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        try
        {
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return -1;
        }
    }

    /// <summary>Twilio's signature over the decoded form, as it is computed for whatever a field holds.</summary>
    private static string Sign(Dictionary<string, string> form) =>
        TwilioSignature.Compute(TestSettings.AuthToken, TestSettings.PublicBaseUrl + Path, form.ToDictionary(p => p.Key, p => new StringValues(p.Value)));

    private static string Encode(Dictionary<string, string> form) =>
        string.Join('&', form.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>A new Indian mobile number starting with <paramref name="leading"/>, never used before in this run.</summary>
    private string NextPhone(int leading) =>
        "+91" + leading.ToString(CultureInfo.InvariantCulture) + (++_sender).ToString("D9", CultureInfo.InvariantCulture);

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private string RandomText(int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            // Letters, digits, punctuation, Devanagari, emoji (a surrogate pair), spaces: whatever people type.
            text.Append(_random.Next(6) switch
            {
                0 => (char)_random.Next('a', 'z' + 1),
                1 => (char)_random.Next('0', '9' + 1),
                2 => (char)_random.Next(0x0900, 0x097F),
                3 => " ",
                4 => "😀",
                _ => (char)_random.Next('!', '~' + 1),
            });
        }

        return text.ToString()[..length].TrimEnd('\uD83D');
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Concat(byte[] a, byte[] b) => [.. a, .. b];
}
