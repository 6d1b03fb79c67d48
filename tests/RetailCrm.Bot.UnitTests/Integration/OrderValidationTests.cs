using RetailCrm.Bot.Core.Integration;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.UnitTests.Integration;

/// <summary>What an order from the store's system must be before anything is stored.</summary>
public sealed class OrderValidationTests
{
    private static readonly PhoneNumberNormalizer Phones = new("IN");
    private static readonly DateTime Now = new(2026, 11, 23, 4, 30, 0, DateTimeKind.Utc);

    private static OrderPost Order(decimal? total = 2698m, DateTimeOffset? placedAt = null, string? phone = "98765 43210", params OrderLinePost?[] lines) =>
        new("POS-1", phone, lines.Length == 0 ? [new OrderLinePost(" kur-blu-m ", 2, 1299m), new OrderLinePost("BAG", 1, 100m)] : lines, total,
            placedAt ?? new DateTimeOffset(Now));

    [Fact]
    public void A_good_order_comes_out_normalised()
    {
        var (order, errors) = OrderIntake.Validate(Order(), Phones, Now);

        Assert.False(errors.Any);
        Assert.Equal("+919876543210", order!.Phone);
        Assert.Equal([new ValidOrderLine("KUR-BLU-M", 2, 1299m), new ValidOrderLine("BAG", 1, 100m)], order.Lines);
        Assert.Equal(Now, order.PlacedAtUtc);
    }

    [Theory]
    [InlineData(2698.01, true)]
    [InlineData(2697.99, true)]
    [InlineData(2698.02, false)]
    [InlineData(2000, false)]
    public void The_total_is_the_sum_of_the_lines_give_or_take_a_paisa(double total, bool valid)
    {
        var (order, errors) = OrderIntake.Validate(Order((decimal)total), Phones, Now);

        Assert.Equal(valid, order is not null);
        Assert.Equal(!valid, errors.All.ContainsKey("total"));
    }

    [Fact]
    public void A_few_minutes_of_clock_skew_is_allowed_and_the_future_is_not()
    {
        Assert.NotNull(OrderIntake.Validate(Order(placedAt: new DateTimeOffset(Now.AddMinutes(4))), Phones, Now).Order);
        Assert.Equal(["is in the future."], OrderIntake.Validate(Order(placedAt: new DateTimeOffset(Now.AddMinutes(6))), Phones, Now).Errors.All["placedAt"]);
        // An offset is a time zone, not a different time: 10:00 in Kolkata is 04:30 UTC.
        Assert.Equal(Now, OrderIntake.Validate(Order(placedAt: new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(5.5))), Phones, Now).Order!.PlacedAtUtc);
    }

    [Fact]
    public void Every_field_at_fault_is_named_at_once()
    {
        var (order, errors) = OrderIntake.Validate(
            new OrderPost(" ", "whatsapp:me", [new OrderLinePost("has space", 0, 1.005m), null], null, null), Phones, Now);

        Assert.Null(order);
        Assert.Equal(
            ["customerPhone", "externalId", "lines[0].quantity", "lines[0].sku", "lines[0].unitPrice", "lines[1]", "placedAt", "total"],
            errors.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("kur-blu-m", "KUR-BLU-M")]
    [InlineData("  A1  ", "A1")]
    [InlineData("a b", null)]
    [InlineData("", null)]
    public void Skus_are_kept_upper_case_without_spaces(string sent, string? stored) =>
        Assert.Equal(stored, Skus.Normalize(sent));

    [Fact]
    public void Money_is_shown_with_two_decimals_however_the_database_returned_it() =>
        Assert.Equal(["1299.00", "1299.50", "0.00"], new[] { 1299m, 1299.5m, 0m }.Select(m => ApiValues.Money(m).ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
