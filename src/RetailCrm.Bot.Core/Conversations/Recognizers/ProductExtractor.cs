using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// The product is what is left when the slots and the grammar are taken out: the first run of words that
/// names an item or a brand ("blue kurta", "nike pegasus"). Runs stop at punctuation and at spans other
/// slots have read, so "kurta M follow up friday" gives "kurta" and not "kurta follow".
/// </summary>
internal static partial class ProductExtractor
{
    public static string? Find(string workText, Understanding.Lexicon lexicon)
    {
        List<string[]> runs = [];
        foreach (var segment in Breaks().Split(workText))
        {
            var run = new List<string>();
            foreach (var word in TextNormalizer.CanonicalTokens(segment, lexicon))
            {
                if (lexicon.IsIgnored(word))
                {
                    AddRun(runs, run);
                    run.Clear();
                }
                else
                {
                    run.Add(word);
                }
            }

            AddRun(runs, run);
        }

        for (var i = 0; i < runs.Count; i++)
        {
            if (!runs[i].Any(lexicon.IsItem))
            {
                continue;
            }

            // "nike ke running shoes", "bata ki chappal": a brand alone, then the kind of item, is one product.
            var kind = runs.Skip(i + 1).FirstOrDefault(r => r.Any(w => lexicon.IsItem(w) && !lexicon.IsBrand(w)));
            return runs[i].All(lexicon.IsBrand) && kind is not null
                ? string.Join(' ', runs[i].Concat(kind))
                : string.Join(' ', runs[i]);
        }

        // An item the word list does not know ("pressure cooker"): a short run that is not just a colour.
        var loose = runs.FirstOrDefault(r => r.Length <= 3 && !r.All(lexicon.IsColor));
        return loose is null ? null : string.Join(' ', loose);
    }

    public static string? Color(Utterance u) => u.Tokens.FirstOrDefault(u.Lexicon.IsColor);

    /// <summary>Numbers at the edges of a run are counts or prices someone else missed, not part of a name.</summary>
    private static void AddRun(List<string[]> runs, List<string> run)
    {
        var start = 0;
        var end = run.Count;
        while (start < end && char.IsNumber(run[start][0]))
        {
            start++;
        }

        while (end > start && char.IsNumber(run[end - 1][0]))
        {
            end--;
        }

        if (end > start)
        {
            runs.Add(run.GetRange(start, end - start).ToArray());
        }
    }

    [GeneratedRegex(@"[|,;:!?()/&+]|\s-+\s|\.(?!\d)")]
    private static partial Regex Breaks();
}
