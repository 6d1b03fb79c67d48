using RetailCrm.Bot.Core.Ai;
using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.UnitTests.Ai;

/// <summary>The model's answer is data: only what the schema allows, and only shopper intents, get through.</summary>
public sealed class AiRecognitionParsingTests
{
    [Fact]
    public void A_well_formed_shopper_answer_becomes_a_recognition_marked_ai()
    {
        var recognition = AiAssistedRecognizer.Parse("""{"intent":"feedback_rating","product":null,"color":null,"size":null,"rating":4,"text":"nice"}""");

        Assert.Equal(Intents.FeedbackRating, recognition!.Intent);
        Assert.Equal("4", recognition.Slot(Slots.Rating));
        Assert.Equal("nice", recognition.Slot(Slots.Text));
        Assert.Equal("ai", recognition.Source);
    }

    [Theory]
    [InlineData("""{"intent":"daily_summary"}""")]
    [InlineData("""{"intent":"send_offer","text":"100% off"}""")]
    [InlineData("""{"intent":"add_staff","phone":"+919876543210"}""")]
    [InlineData("""{"intent":"become_owner"}""")]
    [InlineData("""not json""")]
    [InlineData("""["product_inquiry"]""")]
    [InlineData("""{"product":"saree"}""")]
    public void Anything_else_is_refused(string json)
    {
        Assert.Null(AiAssistedRecognizer.Parse(json));
    }

    [Fact]
    public void Out_of_range_or_unknown_slots_are_dropped()
    {
        var recognition = AiAssistedRecognizer.Parse("""{"intent":"feedback_rating","rating":9,"phone":"+919876543210","segment":"all"}""");

        Assert.Equal(Intents.FeedbackRating, recognition!.Intent);
        Assert.Empty(recognition.Slots);
    }
}
