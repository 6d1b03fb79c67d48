using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Channels.Sandbox.Emulator;

/// <summary>
/// How a message that went out as an approved WhatsApp template looks on the phone: the template's body with the
/// message's <c>ContentVariables</c> filled in, and the template's buttons. The bot's own loader reads only the
/// <c>twilio/text</c> body; buttons live in the richer content types of the same file (<c>twilio/quick-reply</c>,
/// <c>twilio/call-to-action</c>, <c>twilio/card</c>), which WhatsApp shows instead when a template has them.
/// </summary>
public sealed partial class TemplateView(TemplateCatalog templates, IOptions<ManifestOptions> manifests)
{
    private readonly Lazy<Dictionary<string, IReadOnlyList<FeedButton>>> _buttons =
        new(() => ReadButtons(Path.Combine(manifests.Value.ResolvedPath, "templates")));

    /// <summary>The text the recipient sees, and the template it came in (null when it went out as plain text).</summary>
    public (string Body, FeedTemplate? Template) Show(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.ContentSid is not { Length: > 0 } contentSid || !templates.TryGet(message.Kind, out var template))
        {
            return (message.Body, null);
        }

        var buttons = _buttons.Value.GetValueOrDefault(template.Kind) ?? [];
        return (Fill(template.Body, message.ContentVariables) ?? message.Body, new FeedTemplate(template.Name, contentSid, template.Category, buttons));
    }

    /// <summary>The body with {{1}}, {{2}}… replaced from Twilio's ContentVariables; null when one is missing.</summary>
    private static string? Fill(string body, string? contentVariables)
    {
        Dictionary<string, string>? values;
        try
        {
            values = contentVariables is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(contentVariables);
        }
        catch (JsonException)
        {
            return null;
        }

        if (values is null)
        {
            return null;
        }

        var complete = true;
        var filled = Placeholder().Replace(body, m =>
        {
            if (values.TryGetValue(m.Groups[1].Value, out var value))
            {
                return value;
            }

            complete = false;
            return m.Value;
        });
        return complete ? filled : null;
    }

    private static Dictionary<string, IReadOnlyList<FeedButton>> ReadButtons(string folder)
    {
        var byKind = new Dictionary<string, IReadOnlyList<FeedButton>>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return byKind;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                if (json.RootElement.TryGetProperty("x-retailcrm", out var own)
                    && own.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String
                    && json.RootElement.TryGetProperty("types", out var types) && types.ValueKind == JsonValueKind.Object)
                {
                    byKind[kind.GetString()!] = Buttons(types);
                }
            }
            catch (Exception ex) when (ex is JsonException or IOException or InvalidOperationException)
            {
                // The bot's loader has already refused a template it cannot read; a file it accepted whose extra
                // content types are odd just shows no buttons here.
            }
        }

        return byKind;
    }

    /// <summary>The actions of the first content type that has any (a template has one rich type at most).</summary>
    private static List<FeedButton> Buttons(JsonElement types)
    {
        foreach (var type in types.EnumerateObject())
        {
            if (type.Value.ValueKind != JsonValueKind.Object
                || !type.Value.TryGetProperty("actions", out var actions)
                || actions.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var quickReplies = type.Name == "twilio/quick-reply";
            return
            [
                .. actions.EnumerateArray()
                    .Where(a => a.ValueKind == JsonValueKind.Object && a.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String)
                    .Select(a => new FeedButton(a.GetProperty("title").GetString()!, quickReplies ? "quick_reply" : ActionType(a))),
            ];
        }

        return [];
    }

    private static string ActionType(JsonElement action) =>
        action.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()!.ToLowerInvariant()
            : "quick_reply";

    [GeneratedRegex(@"\{\{(\d+)\}\}")]
    private static partial Regex Placeholder();
}
