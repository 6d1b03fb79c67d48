using System.Globalization;
using System.Text;

namespace RetailCrm.Bot.Core.Catalog;

/// <summary>
/// One key per item however it is written: "the Blue Kurtas", "kurta" and "KURTA " all become "kurta"
/// (colour and size are kept apart as variant attributes). Staff and shoppers go through the same
/// function, so its simplifications (a crude singular) are consistent on both sides.
/// </summary>
public static class ProductKeys
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "some", "any", "one", "ek", "wala", "wali", "wale", "vala", "vali", "size", "colour", "color",
        "in", "of", "for", "me", "please", "pls", "plz", "piece", "pieces", "pcs", "pc", "qty", "item", "new",
    };

    private static readonly HashSet<string> Sizes = new(StringComparer.OrdinalIgnoreCase)
    {
        "xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "small", "medium", "large", "free",
    };

    /// <summary>Colour words and their Hindi names, to the English colour.</summary>
    private static readonly Dictionary<string, string> Colors = new(StringComparer.Ordinal)
    {
        ["red"] = "red", ["laal"] = "red", ["lal"] = "red", ["blue"] = "blue", ["neela"] = "blue", ["nila"] = "blue",
        ["green"] = "green", ["hara"] = "green", ["hari"] = "green", ["black"] = "black", ["kala"] = "black", ["kaala"] = "black",
        ["white"] = "white", ["safed"] = "white", ["yellow"] = "yellow", ["peela"] = "yellow", ["pila"] = "yellow",
        ["pink"] = "pink", ["gulabi"] = "pink", ["purple"] = "purple", ["orange"] = "orange", ["brown"] = "brown",
        ["grey"] = "grey", ["gray"] = "grey", ["navy"] = "navy", ["maroon"] = "maroon", ["beige"] = "beige",
        ["cream"] = "cream", ["gold"] = "gold", ["golden"] = "gold", ["silver"] = "silver", ["peach"] = "peach",
        ["olive"] = "olive", ["teal"] = "teal", ["lavender"] = "lavender", ["magenta"] = "magenta", ["mustard"] = "mustard",
        ["rani"] = "pink", ["off-white"] = "white", ["multicolour"] = "multicolour", ["multicolor"] = "multicolour",
    };

    public static string? NormalizeColor(string? color)
    {
        if (string.IsNullOrWhiteSpace(color))
        {
            return null;
        }

        var word = color.Trim().ToLowerInvariant();
        return Colors.TryGetValue(word, out var english) ? english : word;
    }

    public static string? NormalizeSize(string? size)
    {
        if (string.IsNullOrWhiteSpace(size))
        {
            return null;
        }

        var value = size.Trim().ToUpperInvariant();
        return value switch
        {
            "SMALL" => "S",
            "MEDIUM" => "M",
            "LARGE" => "L",
            "2XL" => "XXL",
            "3XL" => "XXXL",
            _ => value,
        };
    }

    /// <summary>The colour named inside free text ("laal saree" → red), if any.</summary>
    public static string? ColorIn(string text) =>
        Words(text).Select(w => Colors.GetValueOrDefault(w)).FirstOrDefault(c => c is not null);

    public static string Key(string productText, string? color = null, string? size = null) =>
        string.Join(' ', ItemWords(productText, color, size).Select(Singular));

    /// <summary>The item as a name for people: the same words as the key, not made singular ("Nike Pegasus").</summary>
    public static string Name(string productText, string? color = null, string? size = null) =>
        DisplayName(string.Join(' ', ItemWords(productText, color, size)));

    /// <summary>"nike pegasus" → "Nike Pegasus".</summary>
    public static string DisplayName(string key) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(key);

    /// <summary>The words that name the item: without colour, size and filler; all of them if nothing is left.</summary>
    private static List<string> ItemWords(string productText, string? color, string? size)
    {
        var colorWord = NormalizeColor(color);
        var sizeWord = size?.Trim().ToLowerInvariant();
        var words = Words(productText);
        var kept = words
            .Where(w => !(Filler.Contains(w) || Colors.ContainsKey(w) || w == colorWord || w == sizeWord || Sizes.Contains(w)))
            .ToList();
        return kept.Count == 0 ? words.ToList() : kept;
    }

    /// <summary>"Red Saree (size M)": how the item is named back to a shopper.</summary>
    public static string Describe(string name, string? color, string? size)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(color) && !name.Contains(color, StringComparison.OrdinalIgnoreCase))
        {
            text.Append(DisplayName(color)).Append(' ');
        }

        text.Append(name);
        if (!string.IsNullOrEmpty(size))
        {
            text.Append(" (size ").Append(size).Append(')');
        }

        return text.ToString();
    }

    /// <summary>Small edit distance, for typos like "kurtha" for "kurta".</summary>
    public static bool IsCloseTo(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var allowed = Math.Min(a.Length, b.Length) >= 8 ? 2 : Math.Min(a.Length, b.Length) >= 4 ? 1 : 0;
        return allowed > 0 && Math.Abs(a.Length - b.Length) <= allowed && Distance(a, b) <= allowed;
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant()
            .Split([' ', ',', '.', '!', '?', ':', ';', '"', '\'', '(', ')', '/', '-', '_', '*', '#'], StringSplitOptions.RemoveEmptyEntries);

    private static string Singular(string word)
    {
        // "dress", "pegasus", "chinos"? Latin and double-s endings are not plurals; the rest is a crude rule
        // that only has to be consistent, since both sides of every match go through it.
        if (word.Length <= 3 || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
