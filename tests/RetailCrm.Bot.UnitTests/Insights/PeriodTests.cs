using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RetailCrm.Bot.Core.Insights;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.UnitTests.Insights;

/// <summary>Periods are the store's days: at 01:00 in Kolkata it is already tomorrow, whatever UTC says.</summary>
public sealed class PeriodTests
{
    // Wednesday 11 June 2025, 01:15 in Kolkata (Tuesday 19:45 UTC).
    private static readonly StoreClock Clock = new(
        new FakeTimeProvider(new DateTimeOffset(2025, 6, 10, 19, 45, 0, TimeSpan.Zero)),
        Options.Create(new StoreOptions { TimeZone = "Asia/Kolkata" }));

    [Theory]
    [InlineData("today", "2025-06-10T18:30:00", "2025-06-11T18:30:00")]
    [InlineData("yesterday", "2025-06-09T18:30:00", "2025-06-10T18:30:00")]
    [InlineData("week", "2025-06-08T18:30:00", "2025-06-11T18:30:00")]
    [InlineData("month", "2025-05-31T18:30:00", "2025-06-11T18:30:00")]
    [InlineData(null, "2025-06-10T18:30:00", "2025-06-11T18:30:00")]
    public void Periods_are_store_days_as_utc_bounds(string? name, string start, string end)
    {
        var period = Period.For(name, Clock);

        Assert.Equal(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.StartUtc);
        Assert.Equal(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.EndUtc);
    }

    [Theory]
    [InlineData(2499, "₹2,499")]
    [InlineData(123456, "₹1,23,456")]
    [InlineData(999.5, "₹999.50")]
    public void Money_is_written_the_indian_way(decimal amount, string written)
    {
        Assert.Equal(written, new StoreFormat(Options.Create(new StoreOptions())).Money(amount));
    }
}
