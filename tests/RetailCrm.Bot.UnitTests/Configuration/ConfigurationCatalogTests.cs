using Microsoft.Extensions.Options;
using RetailCrm.Bot.Configuration;

namespace RetailCrm.Bot.UnitTests.Configuration;

/// <summary>Which keys the app reads, written either way a user writes them, and the nearest one to a typo.</summary>
public sealed class ConfigurationCatalogTests
{
    [Theory]
    [InlineData("Store:Name")]
    [InlineData("store:name")]
    [InlineData("Store:OwnerPhones:0")]
    [InlineData("Store__OwnerPhones__12")]
    [InlineData("Store:OpeningHours:Mon")]
    [InlineData("Store:OpeningHours:Daily")]
    [InlineData("Store:Address")]
    [InlineData("Engagement:QuietHours:Start")]
    [InlineData("Engagement__InactiveAfter")]
    [InlineData("Loyalty:AmountPerPoint")]
    [InlineData("Privacy:RetentionDays")]
    [InlineData("Twilio:AuthToken")]
    [InlineData("Twilio:ContentSids:offer")]
    [InlineData("Twilio:WhatsAppMessagesPerSecond")]
    [InlineData("Twilio:InboundBurstPerSender")]
    [InlineData("AzureOpenAI:Endpoint")]
    [InlineData("AzureOpenAI:DailyTokenBudget")]
    [InlineData("Manifests:Path")]
    [InlineData("Admin:ApiKey")]
    [InlineData("Database:Provider")]
    [InlineData("Database__MigrateOnStart")]
    [InlineData("ConnectionStrings:Crm")]
    [InlineData("ConnectionStrings__Crm")]
    [InlineData("Jobs:SendCheckInsJob:Cron")]
    [InlineData("Jobs__ApplyRetentionJob__Cron")]
    [InlineData("Store")]
    [InlineData("Store:OpeningHours")]
    public void A_key_the_app_reads_is_known(string key) => Assert.True(ConfigurationCatalog.IsKnown(key), key);

    [Theory]
    [InlineData("Store:OwnerPhone:0")]
    [InlineData("Store:OwnerPhones:first")]
    [InlineData("Store:Adress")]
    [InlineData("Database:Provder")]
    [InlineData("Database:ShouldMigrateOnStart")]
    [InlineData("Twilio:IsConfigured")]
    [InlineData("Manifests:ResolvedPath")]
    [InlineData("Jobs:SendStockAlertJob:Cron")]
    [InlineData("ConnectionStrings:Default")]
    [InlineData("Engagement:QuietHours:Begin")]
    public void A_key_no_options_class_reads_is_unknown(string key) => Assert.False(ConfigurationCatalog.IsKnown(key), key);

    [Theory]
    [InlineData("Store:OwnerPhone:0", "Store:OwnerPhones:0")]
    [InlineData("Store__OwnerPhone__3", "Store:OwnerPhones:3")]
    [InlineData("Store:OwnerPhone", "Store:OwnerPhones")]
    [InlineData("Store:Adress", "Store:Address")]
    [InlineData("Store:Hours:Mon", "Store:OpeningHours:Mon")]
    [InlineData("Database:Provder", "Database:Provider")]
    [InlineData("Twilio:AuthTokn", "Twilio:AuthToken")]
    [InlineData("Twilio:ContentSid:offer", "Twilio:ContentSids:offer")]
    [InlineData("Jobs:SendStockAlertJob:Cron", "Jobs:SendStockAlertsJob:Cron")]
    [InlineData("Stor:Name", "Store:Name")]
    [InlineData("ConnectionStrings:Crn", "ConnectionStrings:Crm")]
    public void A_typo_gets_the_nearest_known_key_with_its_own_index(string typed, string expected) =>
        Assert.Equal(expected, ConfigurationCatalog.Suggest(typed));

    [Fact]
    public void Nothing_is_suggested_when_nothing_is_close() => Assert.Null(ConfigurationCatalog.Suggest("Store:Favourite:Colour"));

    [Theory]
    [InlineData("Logging:LogLevel:Default")]
    [InlineData("Serilog:MinimumLevel:Override:Quartz")]
    [InlineData("Kestrel:Endpoints:Http:Url")]
    [InlineData("AllowedHosts")]
    [InlineData("urls")]
    [InlineData("PATH")]
    [InlineData("HOME")]
    [InlineData("environment")]
    [InlineData("contentRoot")]
    public void Framework_and_operating_system_keys_are_not_the_apps_to_check(string key) =>
        Assert.False(ConfigurationCatalog.IsChecked(key), key);

    [Fact]
    public void Every_setting_has_the_type_its_value_is_read_as()
    {
        Assert.Equal(typeof(Bot.Database.DatabaseProvider), ConfigurationCatalog.ValueType("Database:Provider"));
        Assert.Equal(typeof(bool), ConfigurationCatalog.ValueType("Database:MigrateOnStart"));
        Assert.Equal(typeof(TimeSpan), ConfigurationCatalog.ValueType("Engagement:InactiveAfter"));
        Assert.Equal(typeof(TimeOnly), ConfigurationCatalog.ValueType("Engagement:QuietHours:End"));
        Assert.Equal(typeof(string), ConfigurationCatalog.ValueType("Store:OwnerPhones:0"));
        Assert.Null(ConfigurationCatalog.ValueType("Store:OwnerPhones"));
    }

    /// <summary>The catalog knows every options class the app binds, and nothing it does not: it is built from them.</summary>
    [Fact]
    public void Every_options_class_the_app_binds_is_in_the_catalog()
    {
        var builder = Program.CreateAppBuilder(["--ConnectionStrings:Crm", "Data Source=:memory:"]);

        var bound = builder.Services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => t.Namespace?.StartsWith("RetailCrm.", StringComparison.Ordinal) == true)
            .ToHashSet();

        Assert.Equal(bound.OrderBy(t => t.FullName), ConfigurationCatalog.OptionsTypes.Distinct().OrderBy(t => t.FullName));
    }
}
