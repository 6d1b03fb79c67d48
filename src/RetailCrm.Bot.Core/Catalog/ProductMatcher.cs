using RetailCrm.Bot.Core.Conversations.Understanding;

namespace RetailCrm.Bot.Core.Catalog;

/// <summary>
/// Finds the catalog product a person means from the words they used, the way a shop assistant would: word order
/// does not matter ("kurta blue" is "blue kurta"), typos are forgiven ("pegasis"), the store's own words count
/// ("saadi" is a saree, through the lexicon), and a product line knows what it is ("Nike Pegasus" is a Nike shoe,
/// so "nike shoes size 10" finds it). Words that contradict a product rule it out ("kurti" is not a kurta), and
/// two products that fit equally well are both returned, so the bot can ask which.
/// </summary>
public sealed class ProductMatcher(Lexicon lexicon)
{
    /// <summary>The best products for a mention: one when it is clear, several when it is not, none when nothing fits.</summary>
    public IReadOnlyList<T> Match<T>(string mention, IEnumerable<T> products, Func<T, string> keyOf)
    {
        var wanted = Words(mention);
        if (wanted.Count == 0)
        {
            return [];
        }

        var scored = products
            .Select(p => (Product: p, Score: Score(wanted, Words(keyOf(p)))))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ToList();
        return scored.Count == 0 ? [] : scored.TakeWhile(s => s.Score == scored[0].Score).Select(s => s.Product).ToList();
    }

    /// <summary>Whether a mention fits one product at all (a waiting alert for "nike shoes" and an arrival of "Nike Pegasus").</summary>
    public bool Fits(string mention, string productKey) => Score(Words(mention), Words(productKey)) > 0;

    /// <summary>
    /// How well the words fit a product: every item and brand word the person used must fit it; then the more of its
    /// own words they named, the better. Zero when nothing fits or something contradicts it.
    /// </summary>
    private double Score(List<string> wanted, List<string> key)
    {
        var kinds = key.Select(lexicon.ItemKind).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var brands = key.Select(lexicon.Brand).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var matchedKeyWords = new HashSet<string>(StringComparer.Ordinal);
        var matched = 0;
        foreach (var word in wanted)
        {
            var hit = key.FirstOrDefault(k => Same(word, k));
            if (hit is not null)
            {
                matchedKeyWords.Add(hit);
                matched++;
                continue;
            }

            // "shoes" fits "Nike Pegasus" because a Pegasus is a shoe; "nike" fits it because Pegasus is Nike's.
            if (kinds.Contains(word) || brands.Contains(word))
            {
                matched++;
                continue;
            }

            // An item or a brand the product is not: "kurti" for a kurta, "adidas" for a Nike.
            if (lexicon.ItemKind(word) is not null || lexicon.Brand(word) is not null)
            {
                return 0;
            }
        }

        if (matched == 0)
        {
            return 0;
        }

        // Named words weigh most; naming more of the product's own words breaks ties ("nike pegasus" over "nike revolution").
        return matched + (double)matchedKeyWords.Count / (key.Count + 1);
    }

    private bool Same(string wanted, string key)
    {
        if (wanted == key)
        {
            return true;
        }

        // Two different words the lexicon knows are two different things, however alike they look ("kurta", "kurti").
        if ((lexicon.IsItem(wanted) || lexicon.IsColor(wanted)) && (lexicon.IsItem(key) || lexicon.IsColor(key)))
        {
            return false;
        }

        return ProductKeys.IsCloseTo(wanted, key);
    }

    /// <summary>The words of a key or mention, folded by the lexicon and made singular the way keys are.</summary>
    private List<string> Words(string text) =>
        ProductKeys.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(lexicon.Fold)
            .Where(w => !lexicon.IsColor(w))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
