using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// The lower-cased message with each span a slot has read blanked out, so no two slots read the same
/// characters ("size 10 qty 6": 10 is the size, 6 the quantity) and what is left over names the product.
/// </summary>
internal sealed class SlotWork(string lower, Understanding.Lexicon lexicon)
{
    /// <summary>Breaks a run of product words where a slot used to be.</summary>
    public const char Gap = '|';

    private readonly char[] _text = lower.ToCharArray();

    public Understanding.Lexicon Lexicon { get; } = lexicon;

    public string Text => new(_text);

    public Dictionary<string, string> Slots { get; } = new(StringComparer.Ordinal);

    /// <summary>Blanks the whole match.</summary>
    public void Claim(Match match) => Claim(match.Index, match.Length);

    public void Claim(int index, int length)
    {
        if (length <= 0)
        {
            return;
        }

        for (var i = index; i < index + length; i++)
        {
            _text[i] = ' ';
        }

        _text[index] = Gap;
    }

    public void Set(string slot, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Slots.TryAdd(slot, value);
        }
    }

    public bool Has(string slot) => Slots.ContainsKey(slot);
}
