using System.Text.RegularExpressions;
using RetailCrm.Bot.Configuration;

namespace RetailCrm.Bot.UnitTests.Infra;

/// <summary>
/// Every setting the deployment files give the bot is one the bot reads: a misspelt variable in compose or Bicep would
/// otherwise be ignored in production, or refused at start-up only after the deployment.
/// </summary>
public sealed partial class InfraSettingsTests
{
    public static TheoryData<string> DeploymentFiles() => new()
    {
        "infra/compose.env.example",
        "infra/compose.yaml",
        "infra/azure/modules/app.bicep",
    };

    [Theory]
    [MemberData(nameof(DeploymentFiles))]
    public void Every_variable_a_deployment_file_sets_is_a_configuration_key_of_the_app(string file)
    {
        var names = SettingNames(RepositoryFiles.Read(file));

        Assert.NotEmpty(names);
        var unknown = names.Where(name => !ConfigurationCatalog.IsKnown(name)).ToList();
        Assert.True(unknown.Count == 0, $"{file} sets settings the app does not read: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void A_misspelt_variable_is_caught()
    {
        var names = SettingNames("Store__OwnerPhone__0=+91 90000 00001\n  Database__Provider: \"PostgreSQL\"\n");

        Assert.Equal(["Store__OwnerPhone__0", "Database__Provider"], names);
        Assert.False(ConfigurationCatalog.IsKnown(names[0]));
        Assert.True(ConfigurationCatalog.IsKnown(names[1]));
    }

    /// <summary>
    /// The app's settings in their environment-variable form (Section__Key), as an env file line (commented examples
    /// included: they are meant to be uncommented), a compose mapping entry, or a Bicep `name: '…'`. Bicep
    /// interpolations (one variable per owner phone or opening-hours day) stand for an index.
    /// </summary>
    private static List<string> SettingNames(string text) =>
        [.. SettingName().Matches(text).Select(m => BicepInterpolation().Replace(m.Groups["name"].Value, "0"))];

    [GeneratedRegex(@"(?:^#?|^\s+|name:\s*')(?<name>[A-Za-z][A-Za-z0-9]*__[A-Za-z0-9_${}.]+)(?==|:|')", RegexOptions.Multiline)]
    private static partial Regex SettingName();

    [GeneratedRegex(@"\$\{[^}]+\}")]
    private static partial Regex BicepInterpolation();
}
