using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.UnitTests.Conversations.Recognizers;

/// <summary>Every way a sale's price is written reaches the handler as one invariant decimal.</summary>
public sealed class AmountSlotTests
{
    private readonly Core.Conversations.Understanding.MessageRecognizer _recognizer = TestRecognizer.Create();

    [Theory]
    [InlineData("sale 9876543210 2499 shoes", "2499")]
    [InlineData("sold blue kurta to 9123456780 for Rs 1,299", "1299")]
    [InlineData("bill 98765-43210 ₹3450 2 shirts", "3450")]
    [InlineData("sale 9876543210 ₹ 3,450", "3450")]
    [InlineData("sale 9876543210 rs. 999.50 socks", "999.5")]
    [InlineData("sale 9876543210 Rs.650 dupatta", "650")]
    [InlineData("sale 9876543210 INR 4,500 saree", "4500")]
    [InlineData("sale 9876543210 inr1500", "1500")]
    [InlineData("sale 9876543210 saree 7,995/-", "7995")]
    [InlineData("sale 9876543210 saree 2100 rupees", "2100")]
    [InlineData("sale 9876543210 1,25,000 bridal lehenga", "125000")]
    [InlineData("sale 9876543210 1.5k white shirt", "1500")]
    [InlineData("sale 9876543210 2k", "2000")]
    [InlineData("sale 9876543210 Rs 12,499.00 lehenga", "12499")]
    [InlineData("sold 2 kurtas to 9876543210 for 1800", "1800")]
    [InlineData("becha 9876543210 ko black jacket 2999 me", "2999")]
    [InlineData("bill 9876543210 amt 1450 kurti M", "1450")]
    public void Amounts_are_invariant_decimals(string text, string amount)
    {
        var result = _recognizer.Recognize(text, Role.Staff);

        Assert.Equal(Intents.LogSale, result.Intent);
        Assert.Equal(amount, result.Slot(Slots.Amount));
    }

    [Fact]
    public void The_phone_number_is_never_read_as_the_amount()
    {
        var result = _recognizer.Recognize("sale 98765 43210 2499", Role.Staff);

        Assert.Equal("+919876543210", result.Slot(Slots.Phone));
        Assert.Equal("2499", result.Slot(Slots.Amount));
    }

    [Fact]
    public void A_count_before_an_item_is_the_quantity_not_the_price()
    {
        var result = _recognizer.Recognize("billed 98765 43210 for 2 jeans 3,200", Role.Staff);

        Assert.Equal("2", result.Slot(Slots.Quantity));
        Assert.Equal("3200", result.Slot(Slots.Amount));
    }
}
