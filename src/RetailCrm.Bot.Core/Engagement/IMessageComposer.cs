namespace RetailCrm.Bot.Core.Engagement;

/// <summary>
/// Writes the text of a proactive message of a given kind from named values (name, item, store, last_item,
/// offer...). The default fills the bot-manifests template; a personalizing composer can sit on top of it.
/// </summary>
public interface IMessageComposer
{
    Task<string> ComposeAsync(string kind, IReadOnlyDictionary<string, string> values, CancellationToken ct);
}
