using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.UnitTests.Conversations.Recognizers;

namespace RetailCrm.Bot.UnitTests.Conversations;

public sealed class DialogResolverTests
{
    private static readonly ISlotReader Phones = TestRecognizer.Create();

    private static DialogState Waiting(string intent, string slot, params (string Name, string Value)[] slots) => new()
    {
        PendingIntent = intent,
        PendingSlot = slot,
        Slots = slots.ToDictionary(s => s.Name, s => s.Value),
    };

    private static Recognition Recognized(string intent, params (string Name, string Value)[] slots) =>
        new(intent, slots.ToDictionary(s => s.Name, s => s.Value));

    private static Recognition ByModel(string intent, params (string Name, string Value)[] slots) =>
        new(intent, slots.ToDictionary(s => s.Name, s => s.Value), RecognizedBy.Model) { Confidence = 0.8 };

    [Fact]
    public void Without_a_question_the_recognition_stands()
    {
        var recognized = Recognized(Intents.LoyaltyBalance);

        Assert.Same(recognized, DialogResolver.Resolve(new DialogState(), recognized, "my points", Phones));
    }

    [Fact]
    public void An_answer_that_reads_like_a_product_question_fills_the_item()
    {
        var state = Waiting(Intents.StockAlertRequest, Slots.Product);

        var result = DialogResolver.Resolve(state, Recognized(Intents.ProductInquiry, (Slots.Product, "blue kurta"), (Slots.Color, "blue")), "the blue kurta", Phones);

        Assert.Equal(Intents.StockAlertRequest, result.Intent);
        Assert.Equal("blue kurta", result.Slot(Slots.Product));
        Assert.Equal("blue", result.Slot(Slots.Color));
        Assert.Null(state.PendingIntent);
    }

    [Theory]
    [InlineData(Slots.Amount, "Rs 1,299", "1299")]
    [InlineData(Slots.Phone, "98765 43210", "+919876543210")]
    [InlineData(Slots.ComplaintId, "#12", "12")]
    [InlineData(Slots.Product, "the red saree.", "red saree")]
    [InlineData(Slots.Segment, "VIPs", "vip")]
    public void A_bare_answer_is_read_for_the_slot_that_was_asked(string slot, string text, string value)
    {
        var state = Waiting(Intents.LogSale, slot, (Slots.Phone == slot ? Slots.Amount : Slots.Phone, "x"));

        var result = DialogResolver.Resolve(state, Recognized(Intents.Unknown), text, Phones);

        Assert.Equal(Intents.LogSale, result.Intent);
        Assert.Equal(value, result.Slot(slot));
    }

    [Theory]
    [InlineData(Intents.Greeting)]
    [InlineData(Intents.Help)]
    [InlineData(Intents.OptOut)]
    [InlineData(Intents.LoyaltyBalance)]
    public void A_greeting_help_opt_out_or_other_request_drops_the_question(string intent)
    {
        var state = Waiting(Intents.StockAlertRequest, Slots.Product);

        var result = DialogResolver.Resolve(state, Recognized(intent), "anything", Phones);

        Assert.Equal(intent, result.Intent);
        Assert.Null(state.PendingIntent);
    }

    [Theory]
    [InlineData("YES", DialogSlots.Yes)]
    [InlineData("haan bhejo", DialogSlots.Yes)]
    [InlineData("no", DialogSlots.No)]
    [InlineData("mat bhejo", DialogSlots.No)]
    [InlineData("hmm", DialogSlots.Unclear)]
    public void A_confirmation_is_read_as_yes_no_or_unclear(string text, string answer)
    {
        var state = Waiting(Intents.SendOffer, DialogSlots.Confirm, (DialogSlots.CampaignId, "7"));

        var result = DialogResolver.Resolve(state, Recognized(Intents.Unknown), text, Phones);

        Assert.Equal(Intents.SendOffer, result.Intent);
        Assert.Equal(answer, result.Slot(DialogSlots.Confirm));
        Assert.Equal("7", result.Slot(DialogSlots.CampaignId));
    }

    [Fact]
    public void Another_command_instead_of_yes_leaves_the_offer_unconfirmed()
    {
        var state = Waiting(Intents.SendOffer, DialogSlots.Confirm, (DialogSlots.CampaignId, "7"));

        var result = DialogResolver.Resolve(state, Recognized(Intents.DailySummary), "summary", Phones);

        Assert.Equal(Intents.DailySummary, result.Intent);
        Assert.Null(result.Slot(DialogSlots.Confirm));
    }
}

public sealed class DialogAnswerTests
{
    private static readonly ISlotReader Reader = TestRecognizer.Create();

    [Fact]
    public void A_number_answers_the_amount_even_when_the_model_reads_it_as_something_else()
    {
        var state = new DialogState { PendingIntent = Intents.LogSale, PendingSlot = Slots.Amount, Slots = new() { [Slots.Phone] = "+919876543210" } };

        var result = DialogResolver.Resolve(state, new Recognition(Intents.DailySummary, new Dictionary<string, string>(), RecognizedBy.Model) { Confidence = 0.7 }, "2499", Reader);

        Assert.Equal(Intents.LogSale, result.Intent);
        Assert.Equal("2499", result.Slot(Slots.Amount));
        Assert.Equal("+919876543210", result.Slot(Slots.Phone));
    }

    [Fact]
    public void A_plainly_different_request_is_not_taken_for_the_item()
    {
        var state = new DialogState { PendingIntent = Intents.StockAlertRequest, PendingSlot = Slots.Product };

        var result = DialogResolver.Resolve(state, new Recognition(Intents.LoyaltyBalance, new Dictionary<string, string>(), RecognizedBy.Model) { Confidence = 0.9 }, "mere points kitne hain", Reader);

        Assert.Equal(Intents.LoyaltyBalance, result.Intent);
        Assert.Null(state.PendingIntent);
    }

    [Theory]
    [InlineData("1", Intents.ProductInquiry)]
    [InlineData("2", Intents.StockAlertRequest)]
    [InlineData("दूसरा", Intents.StockAlertRequest)]
    [InlineData("pehla", Intents.ProductInquiry)]
    public void A_numbered_choice_picks_the_meaning_and_reads_the_first_message_for_it(string answer, string intent)
    {
        var state = new DialogState { Choices = [Intents.ProductInquiry, Intents.StockAlertRequest], ChoiceText = "blue kurta M" };

        var result = DialogResolver.Resolve(state, Recognition.Of(Intents.Unknown), answer, Reader);

        Assert.Equal(intent, result.Intent);
        Assert.Equal(RecognizedBy.Dialog, result.Source);
        Assert.Equal("blue kurta", result.Slot(Slots.Product));
        Assert.Equal("M", result.Slot(Slots.Size));
        Assert.Empty(state.Choices);
    }

    [Fact]
    public void Something_else_instead_of_a_choice_is_a_new_message()
    {
        var state = new DialogState { Choices = [Intents.ProductInquiry, Intents.StockAlertRequest], ChoiceText = "blue kurta M" };
        var recognized = Recognition.Of(Intents.LoyaltyBalance);

        Assert.Same(recognized, DialogResolver.Resolve(state, recognized, "my points", Reader));
        Assert.Empty(state.Choices);
    }
}
