using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Hosting;

/// <summary>A wrong configuration stops the app at once with a sentence naming the key, instead of failing later.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Twilio__AccountSid", "ACdddddddddddddddddddddddddddddddd", "Twilio:AuthToken")]
    [InlineData("Store__TimeZone", "Mars/Olympus", "Store:TimeZone")]
    [InlineData("Store__OwnerPhones__0", "boss", "Store:OwnerPhones")]
    public async Task The_app_refuses_to_start_and_names_the_key(string variable, string value, string mentioned)
    {
        var folder = Directory.CreateTempSubdirectory("retailcrm-startup-").FullName;
        try
        {
            var (exitCode, output) = await AppProcess.RunAsync(new Dictionary<string, string>
            {
                [variable] = value,
                ["ConnectionStrings__Crm"] = $"Data Source={Path.Combine(folder, "crm.db")}",
            });

            Assert.NotEqual(0, exitCode);
            Assert.Contains(mentioned, output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
