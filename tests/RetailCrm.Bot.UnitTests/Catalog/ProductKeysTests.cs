using RetailCrm.Bot.Core.Catalog;

namespace RetailCrm.Bot.UnitTests.Catalog;

public sealed class ProductKeysTests
{
    [Theory]
    [InlineData("the Blue Kurtas", "blue", null, "kurta")]
    [InlineData("kurta", null, null, "kurta")]
    [InlineData("KURTA ", null, null, "kurta")]
    [InlineData("red saree", "red", null, "saree")]
    [InlineData("laal saree wala", null, null, "saree")]
    [InlineData("nike pegasus", null, "10", "nike pegasus")]
    [InlineData("dresses", null, null, "dress")]
    [InlineData("blue", "blue", null, "blue")]
    public void Every_spelling_of_an_item_has_one_key(string text, string? color, string? size, string key)
    {
        Assert.Equal(key, ProductKeys.Key(text, color, size));
    }

    [Fact]
    public void Names_keep_the_words_people_used()
    {
        Assert.Equal("Nike Pegasus", ProductKeys.Name("nike pegasus size 10", null, "10"));
        Assert.Equal("Saree", ProductKeys.Name("red saree", "red"));
    }

    [Theory]
    [InlineData("kurtha", "kurta", true)]
    [InlineData("sareee", "saree", true)]
    [InlineData("shirt", "skirt", true)]
    [InlineData("cap", "cup", false)]
    [InlineData("saree", "kurta", false)]
    public void Small_typos_match(string a, string b, bool close)
    {
        Assert.Equal(close, ProductKeys.IsCloseTo(a, b));
    }

    [Theory]
    [InlineData("Laal", "red")]
    [InlineData("neela", "blue")]
    [InlineData("Golden", "gold")]
    [InlineData("teal", "teal")]
    public void Hindi_and_english_colour_words_mean_the_same_colour(string word, string color)
    {
        Assert.Equal(color, ProductKeys.NormalizeColor(word));
    }

    [Fact]
    public void Items_are_described_with_colour_and_size()
    {
        Assert.Equal("Red Saree (size M)", ProductKeys.Describe("Saree", "red", "M"));
        Assert.Equal("Blue Kurta", ProductKeys.Describe("Blue Kurta", "blue", null));
    }
}
