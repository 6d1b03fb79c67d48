using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Ai;

/// <summary>
/// Which language a shopper writes in, from their own recent messages: Devanagari is Hindi, common Roman-script
/// Hindi words make it Hinglish, other scripts are named by script, anything else is English.
/// </summary>
public static partial class LanguageGuess
{
    public static string From(IEnumerable<string> messages)
    {
        var text = string.Join(' ', messages);
        if (text.Any(c => c is >= '\u0900' and <= '\u097F'))
        {
            return "Hindi";
        }

        if (text.Any(c => c is >= '\u0B80' and <= '\u0BFF'))
        {
            return "Tamil";
        }

        if (text.Any(c => c is >= '\u0980' and <= '\u09FF'))
        {
            return "Bengali";
        }

        var hinglish = HinglishWords().Count(text.ToLowerInvariant());
        return hinglish >= 2 ? "Hinglish (Hindi in Roman script, mixed with English)" : "English";
    }

    [GeneratedRegex(@"\b(hai|hain|kya|kitne|kitna|mera|mere|meri|mujhe|batana|aaye|aaya|chahiye|dikhao|milega|kab|kahan|nahi|haan|accha|acha|bhai|ji|bhejo|wala|wali|aur|bhi|kar|karo|dena|de do)\b")]
    private static partial Regex HinglishWords();
}
