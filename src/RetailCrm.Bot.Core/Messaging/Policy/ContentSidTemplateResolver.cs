using System.Text.Json;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Manifests;

namespace RetailCrm.Bot.Core.Messaging.Policy;

/// <summary>
/// The WhatsApp templates Twilio has approved for this account: <c>Twilio:ContentSids:&lt;kind&gt;</c> = HX...,
/// one per bot-manifests template. A kind without a ContentSid has no template as far as sending goes.
/// </summary>
public sealed class ContentSidOptions
{
    public Dictionary<string, string> ContentSids { get; set; } = new(StringComparer.Ordinal);
}

public sealed class ContentSidTemplateResolver(TemplateCatalog templates, IOptions<ContentSidOptions> options) : ITemplateResolver
{
    public bool IsKnown(string kind) => templates.TryGet(kind, out _);

    public bool TryResolve(string kind, string? templateValues, out string contentSid, out string contentVariables)
    {
        contentSid = contentVariables = "";
        if (!templates.TryGet(kind, out var template)
            || !options.Value.ContentSids.TryGetValue(kind, out var sid)
            || string.IsNullOrWhiteSpace(sid)
            || templateValues is null)
        {
            return false;
        }

        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, string>>(templateValues) ?? [];
            contentVariables = template.ContentVariables(values);
            contentSid = sid;
            return true;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            // A message queued without the template's values cannot be sent as the template.
            return false;
        }
    }
}
