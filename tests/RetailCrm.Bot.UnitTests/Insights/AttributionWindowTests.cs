using System.ComponentModel.DataAnnotations;
using RetailCrm.Bot.Core.Engagement;

namespace RetailCrm.Bot.UnitTests.Insights;

/// <summary>Engagement:AttributionWindow is validated at start like every option: an hour to 90 days, 7 days unless set.</summary>
public sealed class AttributionWindowTests
{
    [Theory]
    [InlineData("7.00:00:00", true)]
    [InlineData("01:00:00", true)]
    [InlineData("90.00:00:00", true)]
    [InlineData("00:00:00", false)]
    [InlineData("00:59:59", false)]
    [InlineData("-1.00:00:00", false)]
    [InlineData("91.00:00:00", false)]
    public void The_window_is_an_hour_to_90_days(string window, bool valid)
    {
        var options = new EngagementOptions { AttributionWindow = TimeSpan.Parse(window, System.Globalization.CultureInfo.InvariantCulture) };
        var errors = new List<ValidationResult>();

        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true));
        Assert.All(errors, e => Assert.Contains("Engagement:AttributionWindow", e.ErrorMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void It_is_seven_days_unless_set() => Assert.Equal(TimeSpan.FromDays(7), new EngagementOptions().AttributionWindow);
}
