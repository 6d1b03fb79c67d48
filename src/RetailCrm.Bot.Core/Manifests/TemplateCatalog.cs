namespace RetailCrm.Bot.Core.Manifests;

/// <summary>The loaded templates, by kind. Built by <see cref="BotManifests.Load"/>, which guarantees every required kind.</summary>
public sealed class TemplateCatalog
{
    private readonly Dictionary<string, MessageTemplate> _byKind;

    public TemplateCatalog(IEnumerable<MessageTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _byKind = templates.ToDictionary(t => t.Kind, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<MessageTemplate> All => _byKind.Values;

    public bool TryGet(string kind, out MessageTemplate template) => _byKind.TryGetValue(kind, out template!);

    public MessageTemplate Get(string kind) =>
        TryGet(kind, out var template)
            ? template
            : throw new KeyNotFoundException($"There is no \"{kind}\" template in bot-manifests/templates.");
}
