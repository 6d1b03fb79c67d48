using System.Globalization;
using System.Text.Json;

namespace RetailCrm.Bot.Core.Manifests;

/// <summary>
/// One WhatsApp template the bot sends (a file in <c>bot-manifests/templates</c>). Outside WhatsApp's 24-hour
/// window only an approved template may go out, so a proactive message is this body with its variables filled:
/// as <see cref="ContentVariables"/> beside the template's content SID, or as <see cref="Render"/>ed text
/// inside the window and on SMS. Both say the same words.
/// </summary>
/// <param name="Kind">What the bot uses it for, one of <see cref="TemplateKinds"/>.</param>
/// <param name="Name">Twilio's <c>friendly_name</c>.</param>
/// <param name="Category"><see cref="TemplateCategories.Utility"/> or <see cref="TemplateCategories.Marketing"/>.</param>
/// <param name="Body">The text with <c>{{1}}</c>, <c>{{2}}</c>, … placeholders.</param>
/// <param name="Variables">The named value each placeholder takes: index 0 is <c>{{1}}</c>.</param>
public sealed record MessageTemplate(
    string Kind,
    string Name,
    string Category,
    string Language,
    string Body,
    IReadOnlyList<string> Variables)
{
    public bool IsMarketing => Category == TemplateCategories.Marketing;

    /// <summary>The body with every placeholder filled from <paramref name="values"/> (keyed by variable name).</summary>
    /// <exception cref="ArgumentException">A variable has no value.</exception>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var filled = Fill(values);
        return Placeholders.Fill(Body, n => filled[n - 1]);
    }

    /// <summary>Twilio's <c>ContentVariables</c> parameter: <c>{"1":"Priya","2":"Red Saree",…}</c>.</summary>
    /// <exception cref="ArgumentException">A variable has no value.</exception>
    public string ContentVariables(IReadOnlyDictionary<string, string> values)
    {
        var filled = Fill(values);
        var numbered = new Dictionary<string, string>(filled.Length, StringComparer.Ordinal);
        for (var i = 0; i < filled.Length; i++)
        {
            numbered[(i + 1).ToString(CultureInfo.InvariantCulture)] = filled[i];
        }

        return JsonSerializer.Serialize(numbered);
    }

    // An empty value counts as missing: WhatsApp rejects an empty parameter, and "Hi , your  is back" is no message.
    private string[] Fill(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var filled = new string[Variables.Count];
        for (var i = 0; i < filled.Length; i++)
        {
            var name = Variables[i];
            if (!values.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"The {Kind} template needs a value for \"{name}\".", nameof(values));
            }

            filled[i] = Placeholders.OneLine(value);
        }

        return filled;
    }
}
