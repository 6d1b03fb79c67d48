using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.UnitTests.Conversations.Recognizers;

/// <summary>However staff type a customer's number, the slot is the one E.164 key the customer is stored under.</summary>
public sealed class PhoneSlotTests
{
    private readonly Core.Conversations.Understanding.MessageRecognizer _recognizer = TestRecognizer.Create();

    [Theory]
    [InlineData("lookup 9876543210")]
    [InlineData("lookup 98765 43210")]
    [InlineData("lookup 98765-43210")]
    [InlineData("lookup 09876543210")]
    [InlineData("lookup +919876543210")]
    [InlineData("lookup +91 98765 43210")]
    [InlineData("lookup +91-98765-43210")]
    [InlineData("lookup 919876543210")]
    [InlineData("lookup 098765 43210")]
    [InlineData("lookup (+91) 98765 43210")]
    [InlineData("lookup 98765.43210")]
    [InlineData("who is 98765 43210?")]
    public void Every_spelling_of_a_number_gives_the_same_e164(string text)
    {
        var result = _recognizer.Recognize(text, Role.Staff);

        Assert.Equal(Intents.CustomerLookup, result.Intent);
        Assert.Equal("+919876543210", result.Slot(Slots.Phone));
    }

    [Theory]
    [InlineData("resolve complaint 12")]
    [InlineData("restock red saree qty 10")]
    [InlineData("summary")]
    public void Short_numbers_are_not_phones(string text) =>
        Assert.Null(_recognizer.Recognize(text, Role.Staff).Slot(Slots.Phone));

    [Theory]
    [InlineData("lookup 98765 432")]
    [InlineData("lookup 98765432101234")]
    public void Numbers_of_the_wrong_length_are_not_phones(string text) =>
        Assert.Null(_recognizer.Recognize(text, Role.Staff).Slot(Slots.Phone));
}
