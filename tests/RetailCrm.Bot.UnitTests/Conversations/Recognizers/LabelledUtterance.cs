using System.Text.Json;
using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.UnitTests.Conversations.Recognizers;

/// <summary>One line of labelled-utterances.jsonl: what someone in a given role typed and what it means.</summary>
public sealed record LabelledUtterance(string Role, string Text, string Intent, Dictionary<string, string>? Slots)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public Role SenderRole => Enum.Parse<Role>(Role, ignoreCase: true);

    public static IReadOnlyList<LabelledUtterance> Load(string fileName = "labelled-utterances.jsonl")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Conversations", "Recognizers", fileName);
        return File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<LabelledUtterance>(line, Json)
                ?? throw new InvalidDataException($"Unreadable line: {line}"))
            .ToList();
    }
}
