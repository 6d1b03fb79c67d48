using System.Globalization;
using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>How many: "qty 6", "x 5", "x12", "5 pcs", "6 pieces", "20 nos", and "2 shirts" where a count stands before an item.</summary>
internal static partial class QuantityExtractor
{
    public static void FromMarkers(SlotWork work)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[QtyWord(), Times(), Units()])
        {
            if (Take(work, pattern.Match(work.Text), int.MaxValue))
            {
                return;
            }
        }
    }

    /// <summary>
    /// "2 shirts", "15 cotton shirts": a small number right before an item. <paramref name="max"/> keeps
    /// "2499 shoes" a price in a sale while "200 kurtas" can still be a delivery.
    /// </summary>
    public static void BeforeItem(SlotWork work, int max)
    {
        if (work.Has(Slots.Quantity))
        {
            return;
        }

        foreach (Match match in CountThenWords().Matches(work.Text))
        {
            var first = work.Lexicon.Fold(match.Groups["w1"].Value);
            var second = work.Lexicon.Fold(match.Groups["w2"].Value);
            if ((work.Lexicon.IsItem(first) || work.Lexicon.IsItem(second)) && Take(work, match, max))
            {
                return;
            }
        }
    }

    /// <summary>"maal aaya red saree 5": in a stock message a number left over at the end is the count.</summary>
    public static void Trailing(SlotWork work)
    {
        if (!work.Has(Slots.Quantity))
        {
            Take(work, AtEnd().Match(work.Text), int.MaxValue);
        }
    }

    /// <summary>"top 10 buyers", "best 5 customers".</summary>
    public static void AfterTop(SlotWork work) => Take(work, TopN().Match(work.Text), 1000);

    private static bool Take(SlotWork work, Match match, int max)
    {
        if (!match.Success || work.Has(Slots.Quantity))
        {
            return false;
        }

        var number = match.Groups["n"];
        if (!int.TryParse(number.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0 || value > max)
        {
            return false;
        }

        work.Set(Slots.Quantity, value.ToString(CultureInfo.InvariantCulture));
        // Only the digits: in "2 shirts" the item word still names the product.
        if (match.Groups["w2"].Success)
        {
            work.Claim(number.Index, number.Length);
        }
        else
        {
            work.Claim(match);
        }

        return true;
    }

    [GeneratedRegex(@"\b(?:qty|quantity|qnty|qnt)\s*[:=\-]?\s*(?<n>\d{1,5})\b")]
    private static partial Regex QtyWord();

    [GeneratedRegex(@"(?<![\w])x\s*(?<n>\d{1,5})\b|(?<![\w.,])(?<n>\d{1,5})x(?![\w])")]
    private static partial Regex Times();

    [GeneratedRegex(@"(?<![\w.,])(?<n>\d{1,5})\s*(?:pcs|pc|pieces?|pis|nos|units?|pairs?|sets?|pkts?|packets?|boxes?|bundles?|dozen|jode|jodi)\b")]
    private static partial Regex Units();

    [GeneratedRegex(@"(?<![\w.,])(?<n>\d{1,3})\s+(?:(?<w1>[a-z]+)\s+)?(?<w2>[a-z]+)")]
    private static partial Regex CountThenWords();

    [GeneratedRegex(@"(?<![\w.,#])(?<n>\d{1,5})[\s|.!,]*$")]
    private static partial Regex AtEnd();

    [GeneratedRegex(@"\b(?:top|best)\s+(?<n>\d{1,4})\b")]
    private static partial Regex TopN();
}
