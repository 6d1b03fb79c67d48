using System.ComponentModel.DataAnnotations;
using RetailCrm.Bot.Configuration;
using RetailCrm.Bot.Core.Messaging.Media;
using RetailCrm.Bot.Media;

namespace RetailCrm.Bot.UnitTests.Media;

/// <summary>The Media section is validated at start like every option, and its keys are known ones.</summary>
public sealed class MediaOptionsTests
{
    [Theory]
    [InlineData("1.00:00:00", true)]
    [InlineData("00:01:00", true)]
    [InlineData("7.00:00:00", true)]
    [InlineData("00:00:59", false)]
    [InlineData("-01:00:00", false)]
    [InlineData("7.00:00:01", false)]
    public void A_link_lives_a_minute_to_seven_days(string lifetime, bool valid)
    {
        var options = new MediaOptions { UrlLifetime = TimeSpan.Parse(lifetime, System.Globalization.CultureInfo.InvariantCulture) };

        var errors = Validate(options);

        Assert.Equal(valid, errors.Count == 0);
        Assert.All(errors, e => Assert.Contains("Media:UrlLifetime", e.ErrorMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_lives_a_day_unless_set() => Assert.Equal(TimeSpan.FromDays(1), new MediaOptions().UrlLifetime);

    [Theory]
    [InlineData(null, true)]
    [InlineData("0123456789abcdef0123456789abcdef", true)]
    [InlineData("short", false)]
    public void A_signing_key_is_unset_or_at_least_32_characters(string? key, bool valid)
    {
        var errors = Validate(new MediaLinkOptions { SigningKey = key });

        Assert.Equal(valid, errors.Count == 0);
        Assert.All(errors, e => Assert.Contains("Media:SigningKey", e.ErrorMessage, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Media:UrlLifetime")]
    [InlineData("Media:SigningKey")]
    [InlineData("Media__SandboxFolder")]
    public void The_media_keys_are_known(string key) => Assert.True(ConfigurationCatalog.IsKnown(key), key);

    private static List<ValidationResult> Validate(object options)
    {
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);
        return errors;
    }
}
