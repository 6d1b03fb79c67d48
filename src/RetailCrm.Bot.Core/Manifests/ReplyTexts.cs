using System.Collections.Frozen;
using System.Text;
using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Core.Manifests;

/// <summary>
/// What the bot says, per language (<c>bot-manifests/replies/en.json</c>, <c>hi.json</c>): a key and a text with
/// <c>{named}</c> placeholders. Every language has every key with the same placeholders; the loader checks that at
/// start, so a Hindi-writing shopper never meets a missing text.
/// </summary>
public sealed class ReplyTexts
{
    private readonly FrozenDictionary<ReplyLanguage, FrozenDictionary<string, string>> _texts;

    public ReplyTexts(IReadOnlyDictionary<ReplyLanguage, IReadOnlyDictionary<string, string>> texts)
    {
        _texts = texts.ToFrozenDictionary(t => t.Key, t => t.Value.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public IEnumerable<string> Keys => _texts[ReplyLanguage.English].Keys;

    public bool Has(string key) => _texts[ReplyLanguage.English].ContainsKey(key);

    /// <summary>The text for a key with its placeholders filled; a value not given is left out.</summary>
    public string Get(ReplyLanguage language, string key, IReadOnlyDictionary<string, string?>? values = null)
    {
        if (!_texts.TryGetValue(language, out var texts) || !texts.TryGetValue(key, out var text))
        {
            text = _texts[ReplyLanguage.English].TryGetValue(key, out var english)
                ? english
                : throw new KeyNotFoundException($"No reply text \"{key}\" in bot-manifests/replies.");
        }

        return values is null ? text : Fill(text, values);
    }

    public string Get(ReplyLanguage language, string key, params (string Name, object? Value)[] values) =>
        Get(language, key, values.ToDictionary(v => v.Name, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal));

    /// <summary>The <c>{names}</c> a text expects.</summary>
    public static IReadOnlySet<string> Placeholders(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                start = i;
            }
            else if (text[i] == '}' && start >= 0)
            {
                names.Add(text[(start + 1)..i]);
                start = -1;
            }
        }

        return names;
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string?> values)
    {
        var result = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            var close = open < 0 ? -1 : text.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            result.Append(text, i, open - i);
            var name = text[(open + 1)..close];
            result.Append(values.TryGetValue(name, out var value) ? value : "");
            i = close + 1;
        }

        return result.ToString();
    }
}
