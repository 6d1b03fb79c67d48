namespace RetailCrm.Bot.Core.Conversations;

/// <summary>What the recognizer understood: an intent from <see cref="Intents"/> and its slots.</summary>
public sealed record Recognition(string Intent, IReadOnlyDictionary<string, string> Slots, string Source = "rules")
{
    public static Recognition Of(string intent) => new(intent, new Dictionary<string, string>());

    public string? Slot(string name) => Slots.TryGetValue(name, out var value) ? value : null;
}
