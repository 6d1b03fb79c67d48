using Microsoft.Extensions.Configuration;
using RetailCrm.Bot.Configuration;

namespace RetailCrm.Bot.UnitTests.Configuration;

/// <summary>What start-up says about the settings it is given, one sentence per problem.</summary>
public sealed class SettingsCheckTests
{
    [Fact]
    public void Settings_the_app_reads_and_framework_settings_pass()
    {
        var problems = Check(new()
        {
            ["Store:Name"] = "Kapoor Fashions",
            ["Store:OwnerPhones:0"] = "+91 90000 00001",
            ["Store:OpeningHours:Mon"] = "10:00-21:00",
            ["Database:Provider"] = "postgresql",
            ["Database:MigrateOnStart"] = "true",
            ["Engagement:InactiveAfter"] = "60.00:00:00",
            ["Engagement:QuietHours:Start"] = "21:00",
            ["AzureOpenAI:DailyTokenBudget"] = "1000",
            ["Twilio:ContentSids:offer"] = "HX123",
            ["ConnectionStrings:Crm"] = "Host=db",
            ["Jobs:SendCheckInsJob:Cron"] = "0 * * * * ?",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Default"] = "Debug",
            ["Kestrel:Endpoints:Http:Url"] = "http://0.0.0.0:8080",
            ["AllowedHosts"] = "*",
            ["urls"] = "http://localhost:5081",
            ["PATH"] = "/usr/bin",
            ["Store:Culture"] = "",
        });

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("Store:OwnerPhone:0", "+91 90000 00001", "Unknown setting Store:OwnerPhone:0. Did you mean Store:OwnerPhones:0?")]
    [InlineData("Store__OwnerPhone__0", "+91 90000 00001", "Unknown setting Store:OwnerPhone:0. Did you mean Store:OwnerPhones:0?")]
    [InlineData("Twilio:AuthTokn", "secret", "Unknown setting Twilio:AuthTokn. Did you mean Twilio:AuthToken?")]
    [InlineData("Loyalty:Favourite", "x", "Unknown setting Loyalty:Favourite. Loyalty takes: AmountPerPoint.")]
    [InlineData("Database:Provider", "MySql", "Database:Provider is 'MySql', which is not one of Sqlite, SqlServer, PostgreSQL.")]
    [InlineData("Database:Provider", "3", "Database:Provider is '3', which is not one of Sqlite, SqlServer, PostgreSQL.")]
    [InlineData("Database:MigrateOnStart", "yes", "Database:MigrateOnStart is 'yes', which is not true or false.")]
    [InlineData("Engagement:InactiveAfter", "60 days", "Engagement:InactiveAfter is '60 days', which is not a duration such as 00:00:03 or 60.00:00:00 (days.hours:minutes:seconds).")]
    [InlineData("Engagement:QuietHours:Start", "nine at night", "Engagement:QuietHours:Start is 'nine at night', which is not a time of day such as 21:00.")]
    [InlineData("Privacy:RetentionDays", "a year", "Privacy:RetentionDays is 'a year', which is not a whole number.")]
    [InlineData("Store:OwnerPhones", "+91 90000 00001", "Store:OwnerPhones is set to '+91 90000 00001', but it holds several values: set them as Store:OwnerPhones:0, Store:OwnerPhones:1.")]
    public void A_problem_is_one_sentence_naming_the_key_and_what_it_should_be(string key, string value, string expected) =>
        Assert.Equal([expected], Check(new() { [key] = value }));

    [Fact]
    public void A_misspelt_section_is_caught_by_its_keys()
    {
        var problems = Check(new() { ["Stor:Name"] = "Kapoor Fashions", ["Stor:Address"] = "MG Road" });

        Assert.Equal(["Unknown setting Stor:Address. Did you mean Store:Address?", "Unknown setting Stor:Name. Did you mean Store:Name?"], problems);
    }

    private static IReadOnlyList<string> Check(Dictionary<string, string?> settings) =>
        SettingsCheck.Problems(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}
