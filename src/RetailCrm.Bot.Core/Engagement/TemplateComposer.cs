using RetailCrm.Bot.Core.Manifests;

namespace RetailCrm.Bot.Core.Engagement;

/// <summary>
/// Personalization without AI: the bot-manifests template for the kind, filled with the customer's name, the
/// item, the store and what they bought. The same words go out as free text and, outside WhatsApp's window,
/// as the approved template.
/// </summary>
public sealed class TemplateComposer(TemplateCatalog templates) : IMessageComposer
{
    public Task<string> ComposeAsync(string kind, IReadOnlyDictionary<string, string> values, CancellationToken ct) =>
        Task.FromResult(templates.Get(kind).Render(values));
}
