using System.Globalization;
using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// Rupee amounts as shops write them: "Rs 1,299", "₹3450", "rs. 999.50", "INR 4,500", "7,995/-", "1.5k",
/// "1,25,000" (lakh grouping). Canonical form is an invariant decimal without trailing zeros.
/// </summary>
internal static partial class AmountExtractor
{
    /// <summary>An amount with a currency mark is an amount whatever else is in the message.</summary>
    public static void FromCurrency(SlotWork work)
    {
        if (!work.Has(Slots.Amount))
        {
            Take(work, CurrencyBefore().Match(work.Text));
        }

        if (!work.Has(Slots.Amount))
        {
            Take(work, CurrencyAfter().Match(work.Text));
        }

        if (!work.Has(Slots.Amount))
        {
            Take(work, Thousands().Match(work.Text));
        }
    }

    /// <summary>"for 1800", "amt 1450", "rate 5999", "@1599", "2999 me", "4999 each", "399 wale": words that mark a price.</summary>
    public static void FromPriceWords(SlotWork work)
    {
        if (!work.Has(Slots.Amount))
        {
            Take(work, PriceWordBefore().Match(work.Text));
        }

        if (!work.Has(Slots.Amount))
        {
            Take(work, PriceWordAfter().Match(work.Text));
        }
    }

    /// <summary>A bare number left after everything else has been read: the largest one is the price.</summary>
    public static void FromLargestNumber(SlotWork work)
    {
        if (work.Has(Slots.Amount))
        {
            return;
        }

        Match? best = null;
        decimal bestValue = 0;
        foreach (Match match in BareNumber().Matches(work.Text))
        {
            if (TryParse(match, out var value) && value >= 10 && value > bestValue)
            {
                best = match;
                bestValue = value;
            }
        }

        if (best is not null)
        {
            Take(work, best);
        }
    }

    public static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static void Take(SlotWork work, Match match)
    {
        if (match.Success && TryParse(match, out var value) && value > 0)
        {
            work.Set(Slots.Amount, Format(value));
            work.Claim(match);
        }
    }

    private static bool TryParse(Match match, out decimal value)
    {
        var digits = match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (match.Groups["k"].Success)
        {
            value *= 1000;
        }

        return true;
    }

    private const string Number = @"(?<n>\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?)";

    [GeneratedRegex(@"\b(?:rs|inr|rupees?)\.?\s*[:\-]?\s*" + Number + @"(?<k>\s*k\b)?(?:\s*/-)?")]
    private static partial Regex CurrencyBefore();

    [GeneratedRegex(@"(?<![\w.,])" + Number + @"(?<k>\s*k\b)?\s*(?:/-|(?:rs|inr|rupees?|rupaye|rupay|bucks)\b)")]
    private static partial Regex CurrencyAfter();

    [GeneratedRegex(@"(?<![\w.,])(?<n>\d+(?:\.\d+)?)(?<k>\s*k)\b")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"(?:\b(?:for|amt|amount|total|price|worth|paid|rate|ret|mrp|keemat|kimat)|@)\s*[:\-]?\s*" + Number + @"(?![\w%])")]
    private static partial Regex PriceWordBefore();

    [GeneratedRegex(@"(?<![\w.,])" + Number + @"\s+(?:me|mein|mai|main|mei|men|each|wala|wali|wale|vala|vali|vale|per piece|per pc|prati pis|prati piece|ka ek)\b")]
    private static partial Regex PriceWordAfter();

    [GeneratedRegex(@"(?<![\w.,/#%])" + Number + @"(?![\w%/])")]
    private static partial Regex BareNumber();
}
