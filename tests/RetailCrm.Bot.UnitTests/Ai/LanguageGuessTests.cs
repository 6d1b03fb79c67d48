using RetailCrm.Bot.Core.Ai;

namespace RetailCrm.Bot.UnitTests.Ai;

public sealed class LanguageGuessTests
{
    [Theory]
    [InlineData("Do you have the blue kurta in M?", "English")]
    [InlineData("jab red saree aaye to batana|mere points kitne hain", "Hinglish")]
    [InlineData("क्या लाल साड़ी है?", "Hindi")]
    [InlineData("சிவப்பு புடவை இருக்கிறதா", "Tamil")]
    public void The_language_follows_what_the_shopper_writes(string messages, string language)
    {
        Assert.StartsWith(language, LanguageGuess.From(messages.Split('|')), StringComparison.Ordinal);
    }
}
