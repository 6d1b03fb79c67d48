using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.UnitTests.Phones;

public sealed class PhoneNumberNormalizerTests
{
    private readonly PhoneNumberNormalizer _india = new("IN");

    [Theory]
    [InlineData("98765 43210")]
    [InlineData("09876543210")]
    [InlineData("+91-98765-43210")]
    [InlineData("whatsapp:+919876543210")]
    [InlineData("+919876543210")]
    [InlineData("9876543210")]
    [InlineData(" +91 98765 43210 ")]
    [InlineData("(+91) 98765-43210")]
    public void Every_common_spelling_of_one_indian_mobile_is_one_e164_number(string written)
    {
        Assert.True(_india.TryNormalize(written, out var e164));
        Assert.Equal("+919876543210", e164);
    }

    [Theory]
    [InlineData("+14155550100", "+14155550100")]
    [InlineData("whatsapp:+447700900123", "+447700900123")]
    public void Numbers_with_a_country_code_keep_their_country(string written, string expected)
    {
        Assert.Equal(expected, _india.Normalize(written));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("hello")]
    [InlineData("12")]
    [InlineData("whatsapp:")]
    [InlineData("+91 12345")]
    [InlineData("1234567890123456789012345")]
    public void Text_that_is_not_a_phone_number_is_refused(string? written)
    {
        Assert.False(_india.TryNormalize(written, out _));
    }

    [Theory]
    [InlineData("+91 98765 4321O")]
    [InlineData("whatsapp:+91 98765 4321O")]
    [InlineData("98765 4321O")]
    [InlineData("O9876543210")]
    [InlineData("+91 98765 43210 ext. 5")]
    [InlineData("messenger:9876543210")]
    [InlineData("rcs:+919876543210")]
    [InlineData("priya@example.com")]
    [InlineData("9876543210@s.whatsapp.net")]
    [InlineData("+91+9876543210")]
    [InlineData("98765+43210")]
    [InlineData("1-800-FLOWERS")]
    public void A_letter_or_another_address_around_the_digits_is_not_a_number(string written)
    {
        // libphonenumber alone reads "+91 98765 4321O" as +91987654321 and "messenger:9876543210" as +919876543210.
        Assert.False(_india.TryNormalize(written, out var e164), $"read as {e164}");
    }

    [Theory]
    [InlineData("098765-43210")]
    [InlineData("+91 (98765) 43210")]
    [InlineData("98765.43210")]
    [InlineData("+91\u00A098765\u00A043210")]
    [InlineData("sms:+919876543210")]
    [InlineData("tel:+919876543210")]
    public void Punctuation_people_and_systems_put_in_numbers_is_still_fine(string written)
    {
        Assert.Equal("+919876543210", _india.Normalize(System.Text.RegularExpressions.Regex.Unescape(written)));
    }

    [Fact]
    public void The_default_region_decides_how_national_numbers_are_read()
    {
        var us = new PhoneNumberNormalizer("US");

        Assert.Equal("+14155550100", us.Normalize("(415) 555-0100"));
    }

    [Theory]
    [InlineData("+919876543210", "+91******3210")]
    [InlineData("whatsapp:+919876543210", "+91******3210")]
    [InlineData("+14155550100", "+14*****0100")]
    [InlineData("", "(none)")]
    public void Masked_numbers_show_only_the_country_and_last_four_digits(string phone, string masked)
    {
        Assert.Equal(masked, PhoneMask.Mask(phone));
        Assert.Equal(masked, new MaskedPhone(phone).ToString());
    }
}
