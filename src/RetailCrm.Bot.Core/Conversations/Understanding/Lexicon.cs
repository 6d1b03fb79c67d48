using System.Collections.Frozen;

namespace RetailCrm.Bot.Core.Conversations.Understanding;

/// <summary>
/// The words of <c>bot-manifests/nlu/lexicon.json</c>: how each spelling folds onto one word (typos, shorthand,
/// Roman-script Hindi, Devanagari), which words are colours, items and brands, and which model names are a kind
/// of which item ("pegasus" is a Nike shoe). The rules, the model and the catalog all read words through it, so a
/// store that adds "saadi" for saree is understood everywhere at once.
/// </summary>
public sealed class Lexicon
{
    private readonly FrozenDictionary<string, string> _folds;
    private readonly FrozenSet<string> _colors;
    private readonly FrozenSet<string> _items;
    private readonly FrozenSet<string> _brands;
    private readonly FrozenDictionary<string, ProductModel> _models;
    private readonly FrozenSet<string> _ignored;

    public Lexicon(
        IReadOnlyDictionary<string, string> folds,
        IEnumerable<string> colors,
        IEnumerable<string> items,
        IEnumerable<string> brands,
        IReadOnlyDictionary<string, ProductModel> models,
        IEnumerable<string>? ignored = null)
    {
        _folds = folds.ToFrozenDictionary(StringComparer.Ordinal);
        _ignored = (ignored ?? []).ToFrozenSet(StringComparer.Ordinal);
        _colors = colors.ToFrozenSet(StringComparer.Ordinal);
        _items = items.ToFrozenSet(StringComparer.Ordinal);
        _brands = brands.ToFrozenSet(StringComparer.Ordinal);
        _models = models.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>No words at all: for tests of code that does not depend on them.</summary>
    public static Lexicon Empty { get; } = new(new Dictionary<string, string>(), [], [], [], new Dictionary<string, ProductModel>());

    public IReadOnlyCollection<string> Colors => _colors;

    /// <summary>
    /// One lower-case word as the rules see it: its folded spelling, or, for a plural of a known item
    /// ("uniforms", "blazers"), the item. "jeans" and "shoes" are items as written.
    /// </summary>
    public string Fold(string word)
    {
        if (_folds.TryGetValue(word, out var folded))
        {
            return folded;
        }

        if (word.Length > 3 && word[^1] == 's' && !IsItem(word) && IsItem(word[..^1]))
        {
            return word[..^1];
        }

        return word;
    }

    public bool IsColor(string word) => _colors.Contains(word);

    /// <summary>A word that is never part of an item's name: grammar, politeness, the words of questions and commands.</summary>
    public bool IsIgnored(string word) => _ignored.Contains(word);

    /// <summary>An item, a brand or a model: a word that names something the store sells.</summary>
    public bool IsItem(string word) => _items.Contains(word) || _brands.Contains(word) || _models.ContainsKey(word);

    public bool IsBrand(string word) => _brands.Contains(word) || _models.ContainsKey(word);

    /// <summary>The kind of item a word names: "kurta" is a kurta, "pegasus" is shoes; null for brands and other words.</summary>
    public string? ItemKind(string word) =>
        _items.Contains(word) ? word : _models.TryGetValue(word, out var model) ? model.Item : null;

    /// <summary>The brand a word implies: "nike" itself, or "pegasus" → nike.</summary>
    public string? Brand(string word) =>
        _brands.Contains(word) ? word : _models.TryGetValue(word, out var model) ? model.Brand : null;
}

/// <summary>A product line the lexicon knows: its brand and the kind of item it is.</summary>
public sealed record ProductModel(string Brand, string Item);
