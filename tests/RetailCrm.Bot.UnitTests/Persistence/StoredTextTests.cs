using RetailCrm.Bot.Core.Data;

namespace RetailCrm.Bot.UnitTests.Persistence;

public sealed class StoredTextTests
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("abcdef", 3, "abc")]
    [InlineData("ab😀cd", 3, "ab")] // the cut would fall inside the emoji: it goes whole
    [InlineData("ab😀cd", 4, "ab😀")]
    [InlineData("नमस्ते", 3, "नमस")]
    public void Text_is_cut_to_its_column_never_between_the_halves_of_an_emoji(string value, int length, string expected) =>
        Assert.Equal(expected, StoredText.Fit(value, length));
}
