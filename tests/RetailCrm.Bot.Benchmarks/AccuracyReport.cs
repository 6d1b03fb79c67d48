using System.Globalization;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Conversations.Recognizers;
using RetailCrm.Bot.Core.Conversations.Understanding;

namespace RetailCrm.Bot.Benchmarks;

/// <summary>
/// Scores the recognizer on labelled messages (a held-out round is scored with this once, before anything is tuned
/// on it): intent accuracy overall, by role and by script, slot values, clarifying questions and role-gate breaches.
/// A clarifying question counts as a miss; how often its two options held the right meaning is shown beside it.
/// Slots are scored where the bot reads them: a labelled slot the intent does not declare (a product named in a
/// complaint) is counted apart, as "not read". Product slots are compared as catalog keys (singular, no colour or
/// size, the lexicon's spellings), and the bot's may carry one word more than the label ("levis 511 jeans" for "levis
/// jeans", "bridal lehenga" for "lehenga"), which still finds the same item; a missing word is a miss.
/// </summary>
internal static class AccuracyReport
{
    public static int Run(string[] files, TextWriter output)
    {
        var (recognizer, manifests) = Shop.Recognizer();
        var lexicon = manifests.Nlu.Lexicon;
        foreach (var file in files)
        {
            var results = Labelled.Read(file).Select(l => (Label: l, Got: recognizer.Recognize(l.Text, l.SenderRole))).ToList();
            output.WriteLine($"## {Path.GetFileName(file)}: {results.Count} messages");
            output.WriteLine();
            output.WriteLine("| Messages | Count | Intent accuracy |");
            output.WriteLine("| --- | --- | --- |");
            Row(output, "all", results);
            Row(output, "shopper (free-form)", results.Where(r => r.Label.SenderRole == Role.Shopper));
            Row(output, "staff and owner", results.Where(r => r.Label.SenderRole != Role.Shopper));
            Row(output, "staff", results.Where(r => r.Label.SenderRole == Role.Staff));
            Row(output, "owner", results.Where(r => r.Label.SenderRole == Role.Owner));
            Row(output, "Devanagari", results.Where(r => Devanagari.Contains(r.Label.Text)));
            Row(output, "Roman script (English, Hinglish)", results.Where(r => !Devanagari.Contains(r.Label.Text)));
            Row(output, "Devanagari shopper", results.Where(r => r.Label.SenderRole == Role.Shopper && Devanagari.Contains(r.Label.Text)));

            var labelled = results.SelectMany(r => (r.Label.Slots ?? []).Select(s => (r.Label, r.Got, Name: s.Key, Expected: s.Value))).ToList();
            var slots = labelled.Where(s => IntentCatalog.Find(s.Label.Intent)?.Declares(s.Name) == true).ToList();
            var slotRight = slots.Count(s => SameSlot(s.Name, s.Expected, s.Got.Slot(s.Name), lexicon));
            var clarified = results.Where(r => r.Got.Alternatives.Count == 2).ToList();
            var breaches = results.Count(r => !IntentCatalog.IsAllowed(r.Got.Intent, r.Label.SenderRole));
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Slot values: {Percent(slotRight, slots.Count)} ({slotRight}/{slots.Count}; {labelled.Count - slots.Count} labelled values the intent does not read are not counted). Clarifying questions: {clarified.Count}, the right meaning among the two options in {clarified.Count(c => c.Got.Alternatives.Contains(c.Label.Intent))}. Role-gate breaches: {breaches}."));
            output.WriteLine();
            output.WriteLine("Misses:");
            foreach (var (label, got) in results.Where(r => r.Got.Intent != r.Label.Intent))
            {
                var answer = got.Alternatives.Count == 2 ? $"asked: {got.Alternatives[0]} or {got.Alternatives[1]}" : got.Intent;
                output.WriteLine($"- [{label.Role}] \"{label.Text}\": {label.Intent}, got {answer}");
            }

            output.WriteLine("Slot misses:");
            foreach (var s in slots.Where(s => !SameSlot(s.Name, s.Expected, s.Got.Slot(s.Name), lexicon)))
            {
                output.WriteLine($"- [{s.Label.Role}] \"{s.Label.Text}\": {s.Name} {s.Expected}, got {s.Got.Slot(s.Name) ?? "(none)"}");
            }

            output.WriteLine();
        }

        return 0;
    }

    private static void Row(TextWriter output, string name, IEnumerable<(Labelled Label, Recognition Got)> results)
    {
        var list = results.ToList();
        var right = list.Count(r => r.Got.Intent == r.Label.Intent);
        output.WriteLine($"| {name} | {list.Count} | {Percent(right, list.Count)} ({right}/{list.Count}) |");
    }

    private static string Percent(int right, int of) =>
        of == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{right * 100.0 / of:0.0}%");

    private static bool SameSlot(string name, string expected, string? actual, Lexicon lexicon)
    {
        if (actual is null)
        {
            return false;
        }

        return name switch
        {
            Slots.Product => ProductKey(expected, lexicon) is var want && ProductKey(actual, lexicon) is var got
                             && want.All(got.Contains) && got.Count <= want.Count + 1,
            Slots.Size or Slots.Color or Slots.Segment or Slots.Period => string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase),
            Slots.Amount => decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
                            && decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var b) && a == b,
            _ => expected == actual,
        };
    }

    private static HashSet<string> ProductKey(string text, Lexicon lexicon)
    {
        var words = TextNormalizer.CanonicalTokens(TextNormalizer.Lower(text, []), lexicon).Where(w => !lexicon.IsColor(w));
        return ProductKeys.Key(string.Join(' ', words)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(lexicon.Fold).ToHashSet(StringComparer.Ordinal);
    }
}
