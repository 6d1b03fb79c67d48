using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.UnitTests.Conversations.Recognizers;

/// <summary>Ratings, quantities, sizes and complaint numbers: the small numbers that are easy to mix up.</summary>
public sealed class CountSlotTests
{
    private readonly Core.Conversations.Understanding.MessageRecognizer _recognizer = TestRecognizer.Create();

    [Theory]
    [InlineData("5 stars", "5")]
    [InlineData("5star", "5")]
    [InlineData("1 star", "1")]
    [InlineData("⭐⭐⭐⭐", "4")]
    [InlineData("⭐ ⭐ ⭐", "3")]
    [InlineData("🌟🌟🌟🌟🌟", "5")]
    [InlineData("5 ⭐", "5")]
    [InlineData("rating 4", "4")]
    [InlineData("rate: 2", "2")]
    [InlineData("I'd give it 3/5", "3")]
    [InlineData("4 / 5", "4")]
    [InlineData("4 out of 5", "4")]
    [InlineData("five stars!", "5")]
    [InlineData("4", "4")]
    [InlineData("3.", "3")]
    [InlineData("full 5 marks", "5")]
    public void Ratings(string text, string rating)
    {
        var result = _recognizer.Recognize(text);

        Assert.Equal(Intents.FeedbackRating, result.Intent);
        Assert.Equal(rating, result.Slot(Slots.Rating));
    }

    [Theory]
    [InlineData("6")]
    [InlineData("0")]
    [InlineData("10")]
    public void A_bare_number_outside_one_to_five_is_not_a_rating(string text) =>
        Assert.NotEqual(Intents.FeedbackRating, _recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("restock nike pegasus size 10 qty 6", "6")]
    [InlineData("restock red saree qty: 12", "12")]
    [InlineData("restock red saree quantity 3", "3")]
    [InlineData("arrived: red saree x 5", "5")]
    [InlineData("arrived red saree x5", "5")]
    [InlineData("new stock blue kurta M 10 pcs", "10")]
    [InlineData("arrival white sneakers size 9 6pcs", "6")]
    [InlineData("received 12 pieces of black jeans size 32", "12")]
    [InlineData("green lehenga aa gaya 3 piece", "3")]
    [InlineData("naya maal pink tops 20 nos", "20")]
    [InlineData("restock levis jeans 7 units", "7")]
    [InlineData("new arrivals: 15 cotton shirts", "15")]
    [InlineData("maal aaya red saree 5", "5")]
    [InlineData("received puma sneakers size 7 x 3", "3")]
    public void Quantities(string text, string quantity)
    {
        var result = _recognizer.Recognize(text, Role.Staff);

        Assert.Equal(Intents.StockArrival, result.Intent);
        Assert.Equal(quantity, result.Slot(Slots.Quantity));
    }

    [Theory]
    [InlineData("Do you have the blue kurta in size M?", "M")]
    [InlineData("blue kurta size: l available?", "L")]
    [InlineData("kurti milega XL me?", "XL")]
    [InlineData("do you have this shirt in xxl", "XXL")]
    [InlineData("shirt in 2XL available", "XXL")]
    [InlineData("kurta in medium size available", "M")]
    [InlineData("small size kurti hai?", "S")]
    [InlineData("kurta in extra large available?", "XL")]
    [InlineData("L size shirt hai?", "L")]
    [InlineData("nike pegasus size 10 hai?", "10")]
    [InlineData("sneakers size 9.5 available", "9.5")]
    [InlineData("black jeans 32 waist available", "32")]
    [InlineData("is it available in L", "L")]
    public void Sizes(string text, string size)
    {
        var result = _recognizer.Recognize(text);

        Assert.Equal(Intents.ProductInquiry, result.Intent);
        Assert.Equal(size, result.Slot(Slots.Size));
    }

    [Theory]
    [InlineData("it's available?")]
    [InlineData("I'm looking for a kurta")]
    public void Apostrophes_never_leave_a_stray_size_letter(string text) =>
        Assert.Null(_recognizer.Recognize(text).Slot(Slots.Size));

    [Theory]
    [InlineData("resolve complaint 12", "12")]
    [InlineData("complaint 7 resolved", "7")]
    [InlineData("close #15", "15")]
    [InlineData("complaint no. 9 solved", "9")]
    [InlineData("complaint #21 resolved, exchanged", "21")]
    [InlineData("resolve 8", "8")]
    public void Complaint_numbers(string text, string id)
    {
        var result = _recognizer.Recognize(text, Role.Staff);

        Assert.Equal(Intents.ResolveComplaint, result.Intent);
        Assert.Equal(id, result.Slot(Slots.ComplaintId));
    }
}
