using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.UnitTests.Conversations.Recognizers;

/// <summary>
/// The same words mean different things by role, and a command above the sender's role is never
/// returned: it falls through to what that role may ask, or to unknown.
/// </summary>
public sealed class RoleGateTests
{
    private readonly Core.Conversations.Understanding.MessageRecognizer _recognizer = TestRecognizer.Create();

    [Theory]
    [InlineData("sale 9876543210 2499 shoes", Role.Shopper, Intents.Unknown)]
    [InlineData("sale 9876543210 2499 shoes", Role.Staff, Intents.LogSale)]
    [InlineData("sale 9876543210 2499 shoes", Role.Owner, Intents.LogSale)]
    [InlineData("summary", Role.Shopper, Intents.Unknown)]
    [InlineData("summary", Role.Staff, Intents.DailySummary)]
    [InlineData("complaint 9876543210 zip broken on jeans", Role.Shopper, Intents.Complaint)]
    [InlineData("complaint 9876543210 zip broken on jeans", Role.Staff, Intents.LogComplaint)]
    [InlineData("resolve complaint 12", Role.Shopper, Intents.Complaint)]
    [InlineData("top customers", Role.Shopper, Intents.Unknown)]
    [InlineData("top customers", Role.Staff, Intents.Unknown)]
    [InlineData("top customers", Role.Owner, Intents.TopCustomers)]
    [InlineData("offer vip 10% off on new arrivals", Role.Staff, Intents.Unknown)]
    [InlineData("offer vip 10% off on new arrivals", Role.Owner, Intents.SendOffer)]
    [InlineData("add Ramesh 9123409876 as staff", Role.Staff, Intents.Unknown)]
    [InlineData("add Ramesh 9123409876 as staff", Role.Owner, Intents.AddStaff)]
    [InlineData("my points", Role.Shopper, Intents.LoyaltyBalance)]
    [InlineData("my points", Role.Staff, Intents.Unknown)]
    [InlineData("4", Role.Shopper, Intents.FeedbackRating)]
    [InlineData("4", Role.Staff, Intents.Unknown)]
    [InlineData("notify me when it's back", Role.Owner, Intents.Unknown)]
    public void Intents_are_gated_by_role(string text, Role role, string intent) =>
        Assert.Equal(intent, _recognizer.Recognize(text, role).Intent);

    [Theory]
    [InlineData("stop", Intents.OptOut)]
    [InlineData("STOP", Intents.OptOut)]
    [InlineData("Stop.", Intents.OptOut)]
    [InlineData("unsubscribe", Intents.OptOut)]
    [InlineData("start", Intents.OptIn)]
    [InlineData("START!", Intents.OptIn)]
    [InlineData("help", Intents.Help)]
    [InlineData("HELP?", Intents.Help)]
    public void Consent_keywords_mean_the_same_for_every_role(string text, string intent)
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.Equal(intent, _recognizer.Recognize(text, role).Intent);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    [InlineData("🙂🙂🙂")]
    [InlineData("????")]
    [InlineData("+")]
    [InlineData("#")]
    public void Empty_or_symbol_only_messages_do_not_throw(string text)
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            var result = _recognizer.Recognize(text, role);
            Assert.True(IntentCatalog.IsAllowed(result.Intent, role));
        }
    }

    [Fact]
    public void A_very_long_message_is_recognized_within_the_role()
    {
        // How long recognition takes is the benchmark's to say (README), not a unit test's on a shared machine.
        var text = string.Concat(Enumerable.Repeat("the kurta colour faded after one wash and 98765 43210 ", 200));

        var result = _recognizer.Recognize(text, Role.Staff);

        Assert.True(IntentCatalog.IsAllowed(result.Intent, Role.Staff));
    }
}
