using RetailCrm.Bot.Core.Ai;
using RetailCrm.Bot.Core.Messaging;

namespace RetailCrm.Bot.UnitTests.Ai;

public sealed class MessageGuardrailsTests
{
    private static readonly string[] Facts = ["Red Saree", "Kapoor Fashions"];

    [Fact]
    public void A_message_with_every_fact_and_nothing_else_passes()
    {
        Assert.Null(MessageGuardrails.Violation("Priya ji, your red saree is back at Kapoor  Fashions!", Facts, MessageChannel.WhatsApp, null));
    }

    [Theory]
    [InlineData("Priya, your saree is back at Kapoor Fashions!", "missing_fact")]
    [InlineData("Red Saree is back at Kapoor Fashions, call 98765 11111.", "phone_number")]
    [InlineData("Red Saree is back at Kapoor Fashions, call +91-98765-11111", "phone_number")]
    [InlineData("Red Saree is back at Kapoor Fashions, write to shop@kapoor.in", "email")]
    [InlineData("Red Saree is back at Kapoor Fashions: https://bit.ly/xyz", "link")]
    [InlineData("Red Saree is back at Kapoor Fashions, see sarees.com", "link")]
    [InlineData("", "empty")]
    public void Anything_the_template_would_not_say_is_refused(string text, string violation)
    {
        Assert.Equal(violation, MessageGuardrails.Violation(text, Facts, MessageChannel.WhatsApp, null));
    }

    [Fact]
    public void Prices_and_percentages_are_not_phone_numbers()
    {
        Assert.Null(MessageGuardrails.Violation("Red Saree at Kapoor Fashions now ₹12,499, 15% off till 30/11", Facts, MessageChannel.WhatsApp, null));
    }

    [Fact]
    public void Only_the_stores_own_link_is_allowed()
    {
        const string text = "Red Saree is back at Kapoor Fashions: https://www.kapoorfashions.in/sarees";

        Assert.Null(MessageGuardrails.Violation(text, Facts, MessageChannel.WhatsApp, "https://kapoorfashions.in"));
        Assert.Equal("link", MessageGuardrails.Violation(text, Facts, MessageChannel.WhatsApp, "https://other.in"));
    }

    [Theory]
    [InlineData(306, false, false)]
    [InlineData(307, false, true)]
    [InlineData(134, true, false)]
    [InlineData(135, true, true)]
    public void Sms_is_held_to_two_segments_gsm_or_unicode(int length, bool unicode, bool tooLong)
    {
        var text = new string('a', length - 1) + (unicode ? "₹" : "a");

        Assert.Equal(tooLong, MessageGuardrails.TooLong(text, MessageChannel.Sms));
    }
}
