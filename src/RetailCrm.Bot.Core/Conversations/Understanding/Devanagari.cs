using System.Text;

namespace RetailCrm.Bot.Core.Conversations.Understanding;

/// <summary>
/// Rewrites Hindi typed in Devanagari into the Roman spelling people use for Hindi on WhatsApp
/// ("Hinglish"), so one set of Latin keywords matches a message whichever script it was typed in.
/// </summary>
/// <remarks>
/// This is deliberately not a scholarly scheme (ISO 15919, IAST): keywords are written the way shop
/// staff and customers type them, so the output has no diacritics and folds long and short vowels
/// and retroflex and dental consonants together ("साड़ी" → "sadi", not "sāṛī").
/// </remarks>
internal static class Devanagari
{
    private const char Virama = '\u094D';
    private const char Nukta = '\u093C';
    private const char Anusvara = '\u0902';

    private static readonly Dictionary<char, string> Consonants = new()
    {
        ['क'] = "k", ['ख'] = "kh", ['ग'] = "g", ['घ'] = "gh", ['ङ'] = "n",
        ['च'] = "ch", ['छ'] = "chh", ['ज'] = "j", ['झ'] = "jh", ['ञ'] = "n",
        ['ट'] = "t", ['ठ'] = "th", ['ड'] = "d", ['ढ'] = "dh", ['ण'] = "n",
        ['त'] = "t", ['थ'] = "th", ['द'] = "d", ['ध'] = "dh", ['न'] = "n",
        // फ is "f" because that is how it is typed in the loanwords shops use most (ऑफर → ofar, स्टाफ → staf).
        ['प'] = "p", ['फ'] = "f", ['ब'] = "b", ['भ'] = "bh", ['म'] = "m",
        ['य'] = "y", ['र'] = "r", ['ल'] = "l", ['व'] = "v",
        ['श'] = "sh", ['ष'] = "sh", ['स'] = "s", ['ह'] = "h",
        // Keyboards emit nukta letters either precomposed (these) or as letter + nukta (handled in ReadUnit).
        ['ऩ'] = "n", ['ऱ'] = "r", ['ऴ'] = "l", ['\u0958'] = "q", ['\u0959'] = "kh", ['\u095A'] = "g", ['\u095B'] = "z",
        ['\u095C'] = "d", ['\u095D'] = "dh", ['\u095E'] = "f", ['\u095F'] = "y",
    };

    // Independent vowels and vowel signs share one table: both spell the same sound.
    private static readonly Dictionary<char, string> Vowels = new()
    {
        ['अ'] = "a", ['आ'] = "a", ['इ'] = "i", ['ई'] = "i", ['उ'] = "u", ['ऊ'] = "u", ['ऋ'] = "ri",
        ['ए'] = "e", ['ऐ'] = "ai", ['ओ'] = "o", ['औ'] = "au", ['ऍ'] = "e", ['ऑ'] = "o", ['ॐ'] = "om",
        ['ा'] = "a", ['ि'] = "i", ['ी'] = "i", ['ु'] = "u", ['ू'] = "u", ['ृ'] = "ri", ['ॄ'] = "ri",
        ['े'] = "e", ['ै'] = "ai", ['ो'] = "o", ['ौ'] = "au", ['ॅ'] = "e", ['ॉ'] = "o", ['ॆ'] = "e", ['ॊ'] = "o",
    };

    /// <summary>One written syllable: a consonant (or none) and its vowel, plus any nasal or visarga after it.</summary>
    /// <param name="Vowel">Null while the consonant still carries its inherent "a"; empty once it carries none.</param>
    private readonly record struct Unit(string Onset, string? Vowel, string Coda);

    public static bool Contains(string text) => text.Any(c => c is >= '\u0900' and <= '\u097F');

    public static string ToRoman(string text)
    {
        if (!Contains(text))
        {
            return text; // the common case: no allocation for plain Latin messages
        }

        var roman = new StringBuilder(text.Length * 2);
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (IsWordPart(c))
            {
                i = AppendWord(text, i, roman);
                continue;
            }

            roman.Append(c switch
            {
                >= '०' and <= '९' => (char)('0' + (c - '०')),
                '।' or '॥' => '.',
                _ => c,
            });
            i++;
        }

        return roman.ToString();
    }

    // Digits and dandas end a word like spaces do; everything else in the block is a letter or a mark.
    private static bool IsWordPart(char c) => c is >= '\u0900' and <= '\u0963' or >= '\u0970' and <= '\u097F';

    private static int AppendWord(string text, int i, StringBuilder roman)
    {
        var units = new List<Unit>();
        while (i < text.Length && IsWordPart(text[i]))
        {
            units.Add(ReadUnit(text, ref i));
        }

        DropSchwas(units);
        foreach (var unit in units)
        {
            roman.Append(unit.Onset).Append(unit.Vowel ?? "a").Append(unit.Coda);
        }

        return i;
    }

    private static Unit ReadUnit(string text, ref int i)
    {
        var c = text[i++];
        if (!Consonants.TryGetValue(c, out var onset))
        {
            // An independent vowel, or a stray mark with no consonant to sit on (dropped if unknown).
            return new Unit("", Vowels.GetValueOrDefault(c, ""), ReadNasals(text, ref i));
        }

        if (At(text, i) == Nukta)
        {
            // Only क़ and ज़ are typed differently from the plain letter; ड़ is typed "d" like ड.
            onset = c switch { 'क' => "q", 'ज' => "z", _ => onset };
            i++;
        }

        if (c == 'ज' && At(text, i) == Virama && At(text, i + 1) == 'ञ')
        {
            onset = "gy"; // ज्ञ is written j + ñ but said and typed "gy" (ज्ञान → gyan).
            i += 2;
        }

        // A virama or a vowel sign replaces the inherent "a"; without one, DropSchwas decides (null).
        string? vowel = null;
        if (At(text, i) is Virama or (>= '\u093E' and <= '\u094C'))
        {
            vowel = Vowels.GetValueOrDefault(text[i++], "");
        }

        return new Unit(onset, vowel, ReadNasals(text, ref i));
    }

    private static string ReadNasals(string text, ref int i)
    {
        var coda = "";
        for (; At(text, i) is Anusvara or '\u0901' or '\u0903'; i++)
        {
            // The anusvara stands for the next consonant's own nasal, so it is m before the lips (चंपा → champa).
            coda += text[i] == '\u0903' ? "h"
                : text[i] == Anusvara && At(text, i + 1) is 'प' or 'फ' or 'ब' or 'भ' or 'म' ? "m"
                : "n";
        }

        return coda;
    }

    /// <summary>
    /// Hindi speech (and so Hinglish spelling) drops the inherent "a" at the end of a word (दुकान → dukan)
    /// and in a vowel-consonant-consonant-vowel run (कितने → kitne, कमरा → kamra). Working right to left
    /// lets a dropped "a" protect the one before it, so समझना is samajhna, not samjhna, and मतलब is matlab.
    /// The first syllable keeps its "a" (बताना → batana, न → na), as does one carrying a nasal (पसंद → pasand).
    /// </summary>
    private static void DropSchwas(List<Unit> units)
    {
        var last = units.Count - 1;
        for (var k = last; k > 0; k--)
        {
            var dropped = units[k].Vowel is null && units[k].Coda.Length == 0
                && (k == last || (units[k - 1].Vowel is not "" && units[k + 1].Onset.Length > 0 && units[k + 1].Vowel is not ""));
            if (dropped)
            {
                units[k] = units[k] with { Vowel = "" };
            }
        }
    }

    private static char At(string text, int i) => i < text.Length ? text[i] : '\0';
}
