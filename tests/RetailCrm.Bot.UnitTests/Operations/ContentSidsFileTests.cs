using Microsoft.Extensions.Options;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Messaging.Policy;
using RetailCrm.Bot.Operations.Templates;

namespace RetailCrm.Bot.UnitTests.Operations;

/// <summary>The file <c>templates push</c> writes and the bot reads into <c>Twilio:ContentSids</c>.</summary>
public sealed class ContentSidsFileTests : IDisposable
{
    private const string Account = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private readonly string _folder = Directory.CreateTempSubdirectory("retailcrm-sids-").FullName;

    private string FilePath => ContentSidsFile.PathIn(_folder);

    [Fact]
    public void What_is_written_is_read_back()
    {
        var file = new ContentSidsFile(Account, new SortedDictionary<string, string>(StringComparer.Ordinal) { ["offer"] = "HX01", ["checkin"] = "HX02" });
        file.Write(FilePath);

        var read = ContentSidsFile.Read(FilePath)!;
        Assert.Equal(Account, read.AccountSid);
        Assert.Equal(file.ContentSids, read.ContentSids);
        Assert.False(File.Exists(FilePath + ".tmp"));
    }

    [Fact]
    public void The_file_fills_kinds_the_configuration_leaves_unset_and_the_configuration_wins()
    {
        new ContentSidsFile(Account, new SortedDictionary<string, string> { ["offer"] = "HXfile", ["checkin"] = "HXfile2" }).Write(FilePath);
        var options = new ContentSidOptions { ContentSids = { ["offer"] = "HXconfigured" } };

        Configure(Account).PostConfigure(null, options);

        Assert.Equal("HXconfigured", options.ContentSids["offer"]);
        Assert.Equal("HXfile2", options.ContentSids["checkin"]);
    }

    [Fact]
    public void Another_accounts_sids_are_ignored()
    {
        new ContentSidsFile(Account, new SortedDictionary<string, string> { ["offer"] = "HXfile" }).Write(FilePath);
        var options = new ContentSidOptions();

        Configure("ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").PostConfigure(null, options);

        Assert.Empty(options.ContentSids);
    }

    [Fact]
    public void No_file_changes_nothing_and_a_broken_one_says_what_to_do()
    {
        var options = new ContentSidOptions();
        Configure(Account).PostConfigure(null, options);
        Assert.Empty(options.ContentSids);

        File.WriteAllText(FilePath, "{ not json");
        var broken = Assert.Throws<InvalidDataException>(() => Configure(Account).PostConfigure(null, options));
        Assert.Contains("run `templates push`", broken.Message, StringComparison.Ordinal);
    }

    private ContentSidsFromFile Configure(string account) => new(
        Options.Create(new ManifestOptions { Path = _folder }),
        Options.Create(new TwilioOptions { AccountSid = account, AuthToken = "token" }));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
