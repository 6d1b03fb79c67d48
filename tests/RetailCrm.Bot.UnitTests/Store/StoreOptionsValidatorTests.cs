using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.UnitTests.Store;

public sealed class StoreOptionsValidatorTests
{
    private readonly StoreOptionsValidator _validator = new();

    [Fact]
    public void Defaults_are_valid()
    {
        Assert.True(_validator.Validate(null, new StoreOptions()).Succeeded);
    }

    [Theory]
    [InlineData("XX", "Asia/Kolkata", "DefaultRegion")]
    [InlineData("IN", "Mars/Olympus", "TimeZone")]
    public void Bad_region_or_time_zone_fails_start_up(string region, string zone, string mentioned)
    {
        var result = _validator.Validate(null, new StoreOptions { DefaultRegion = region, TimeZone = zone });

        Assert.True(result.Failed);
        Assert.Contains(mentioned, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_owner_phone_that_is_not_a_number_fails_start_up()
    {
        var result = _validator.Validate(null, new StoreOptions { OwnerPhones = ["98765 43210", "boss"] });

        Assert.True(result.Failed);
        Assert.Contains("boss", result.FailureMessage, StringComparison.Ordinal);
    }
}
