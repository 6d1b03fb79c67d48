using System.Text;
using RetailCrm.Bot.Channels.Twilio;

namespace RetailCrm.Bot.UnitTests.Channels.Twilio;

public sealed class StrictFormDecoderTests
{
    [Fact]
    public void Decodes_plus_percent_escapes_and_utf8()
    {
        var ok = StrictFormDecoder.TryDecode(Encoding.ASCII.GetBytes("Body=kya+red+saree+hai%3F+%E2%82%B9999&From=%2B919876543210"), out var fields, out _);

        Assert.True(ok);
        Assert.Equal("kya red saree hai? ₹999", fields["Body"]);
        Assert.Equal("+919876543210", fields["From"]);
    }

    [Fact]
    public void Keeps_every_value_of_a_repeated_field()
    {
        StrictFormDecoder.TryDecode(Encoding.ASCII.GetBytes("A=1&A=2&B="), out var fields, out _);

        Assert.Equal(new[] { "1", "2" }, fields["A"].ToArray());
        Assert.Equal("", fields["B"]);
    }

    [Theory]
    [InlineData("Body=%FF%FE")]
    [InlineData("Body=%E0%A4")]
    [InlineData("Body=%ZZ")]
    [InlineData("Body=%4")]
    [InlineData("Body=hi%00there")]
    [InlineData("From=%2B919876543210%00")]
    [InlineData("Body=%ED%A0%80")]
    public void Refuses_broken_escapes_and_invalid_utf8(string body)
    {
        Assert.False(StrictFormDecoder.TryDecode(Encoding.ASCII.GetBytes(body), out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
