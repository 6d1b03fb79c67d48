using RetailCrm.Bot.Core.Conversations.Understanding;

namespace RetailCrm.Bot.UnitTests.Conversations.Understanding;

/// <summary>Hindi typed in Devanagari comes out the way the same words are typed in Hinglish.</summary>
public sealed class DevanagariTests
{
    [Theory]
    [InlineData("नमस्ते", "namaste")]
    [InlineData("साड़ी", "sadi")]
    [InlineData("है", "hai")]
    [InlineData("क्या", "kya")]
    [InlineData("मेरे", "mere")]
    [InlineData("कितने", "kitne")]
    [InlineData("कुर्ता", "kurta")]
    [InlineData("लाल", "lal")]
    [InlineData("काला", "kala")]
    [InlineData("जूते", "jute")]
    [InlineData("बताना", "batana")]
    [InlineData("दुकान", "dukan")]
    [InlineData("कहाँ", "kahan")]
    [InlineData("खुलती", "khulti")]
    [InlineData("धन्यवाद", "dhanyavad")]
    [InlineData("बिक्री", "bikri")]
    [InlineData("हिसाब", "hisab")]
    [InlineData("आज", "aj")]
    [InlineData("नहीं", "nahin")]
    [InlineData("चाहिए", "chahie")]
    [InlineData("मुझे", "mujhe")]
    [InlineData("पॉइंट्स", "points")]
    [InlineData("ऑफर", "ofar")]
    [InlineData("स्टाफ", "staf")]
    public void Words_come_out_in_their_common_hinglish_spelling(string devanagari, string roman)
    {
        Assert.Equal(roman, Devanagari.ToRoman(devanagari));
    }

    [Theory]
    [InlineData("कमरा", "kamra")]
    [InlineData("समझना", "samajhna")]
    [InlineData("मतलब", "matlab")]
    [InlineData("पसंद", "pasand")]
    [InlineData("ज्ञान", "gyan")]
    [InlineData("क़ीमत", "qimat")]
    [InlineData("ज़रूर", "zarur")]
    [InlineData("न", "na")]
    [InlineData("सा\u095Cी", "sadi")] // ड़ as one precomposed code point rather than ड + nukta
    [InlineData("चंपा", "champa")]
    public void Inner_schwas_nukta_and_conjuncts_follow_speech(string devanagari, string roman)
    {
        Assert.Equal(roman, Devanagari.ToRoman(devanagari));
    }

    [Theory]
    [InlineData("१२३", "123")]
    [InlineData("साड़ी size M में है?", "sadi size M men hai?")]
    [InlineData("रु 1,299", "ru 1,299")]
    [InlineData("धन्यवाद। फिर आना॥", "dhanyavad. fir ana.")]
    [InlineData("ऑफर 🎉 कितने का?", "ofar 🎉 kitne ka?")]
    public void Everything_that_is_not_devanagari_is_left_as_it_is(string text, string roman)
    {
        Assert.Equal(roman, Devanagari.ToRoman(text));
    }

    [Theory]
    [InlineData("Saree size M hai?")]
    [InlineData("Rs 1,299 😊")]
    [InlineData("")]
    public void Text_without_devanagari_is_returned_unchanged(string text)
    {
        Assert.Same(text, Devanagari.ToRoman(text));
    }

    [Theory]
    [InlineData("नमस्ते", true)]
    [InlineData("sadi size M में?", true)]
    [InlineData("१२३", true)]
    [InlineData("।", true)]
    [InlineData("namaste", false)]
    [InlineData("Rs 1,299 😊", false)]
    [InlineData("", false)]
    public void Contains_finds_any_character_of_the_devanagari_block(string text, bool expected)
    {
        Assert.Equal(expected, Devanagari.Contains(text));
    }
}
