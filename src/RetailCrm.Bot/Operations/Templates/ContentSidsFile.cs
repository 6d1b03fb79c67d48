using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Messaging.Policy;

namespace RetailCrm.Bot.Operations.Templates;

/// <summary>
/// <c>content-sids.json</c> in the manifests folder (<c>Manifests:Path</c>): the ContentSid Twilio gave each template,
/// written by <c>templates push</c> and read at start into <c>Twilio:ContentSids</c>. The SIDs belong to one Twilio
/// account, so the file names it, and a bot configured with another account ignores them.
/// <code>
/// {"accountSid": "AC...", "contentSids": {"offer": "HX...", "stock_alert": "HX..."}}
/// </code>
/// </summary>
public sealed record ContentSidsFile(
    [property: JsonPropertyName("accountSid")] string? AccountSid,
    [property: JsonPropertyName("contentSids")] SortedDictionary<string, string> ContentSids)
{
    public const string FileName = "content-sids.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string PathIn(string manifestsFolder) => Path.Combine(manifestsFolder, FileName);

    /// <summary>The file, or null when there is none.</summary>
    /// <exception cref="InvalidDataException">The file is there but is not what <c>templates push</c> writes.</exception>
    public static ContentSidsFile? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var file = JsonSerializer.Deserialize<ContentSidsFile>(File.ReadAllText(path));
            return file?.ContentSids is null
                ? throw new InvalidDataException($"{path} has no \"contentSids\" object; run `templates push` to write it again.")
                : file;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not valid JSON ({ex.Message}); run `templates push` to write it again.", ex);
        }
    }

    /// <summary>Writes beside and renames, so a bot starting meanwhile reads the old file or the new one, never half.</summary>
    public void Write(string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Indented) + Environment.NewLine);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Whether these SIDs may be used with the configured account (a file without an account is trusted).</summary>
    public bool BelongsTo(string? accountSid) =>
        string.IsNullOrWhiteSpace(AccountSid) || string.IsNullOrWhiteSpace(accountSid) || string.Equals(AccountSid, accountSid, StringComparison.Ordinal);
}

/// <summary>
/// Fills <see cref="ContentSidOptions"/> from <see cref="ContentSidsFile"/> for every kind the configuration leaves
/// unset, so <c>Twilio:ContentSids:&lt;kind&gt;</c> in appsettings, the environment or the command line still wins.
/// A broken file stops the app at start (the options are validated on start) with a sentence saying what to do.
/// </summary>
public sealed class ContentSidsFromFile(IOptions<ManifestOptions> manifests, IOptions<TwilioOptions> twilio) : IPostConfigureOptions<ContentSidOptions>
{
    public void PostConfigure(string? name, ContentSidOptions options)
    {
        var file = ContentSidsFile.Read(ContentSidsFile.PathIn(manifests.Value.ResolvedPath));
        if (file is null || !file.BelongsTo(twilio.Value.AccountSid))
        {
            return;
        }

        foreach (var (kind, sid) in file.ContentSids)
        {
            if (!options.ContentSids.TryGetValue(kind, out var configured) || string.IsNullOrWhiteSpace(configured))
            {
                options.ContentSids[kind] = sid;
            }
        }
    }
}
