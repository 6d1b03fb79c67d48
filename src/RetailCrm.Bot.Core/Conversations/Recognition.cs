namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// What the recognizer understood: an intent from <see cref="Intents"/>, its slots as canonical strings, which
/// recognizer decided (<see cref="RecognizedBy"/>) and how sure it was.
/// </summary>
public sealed record Recognition(string Intent, IReadOnlyDictionary<string, string> Slots, string Source = RecognizedBy.Rules)
{
    /// <summary>0 to 1: 1 for a rule or a dialog answer, the model's probability otherwise.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>
    /// When the model was unsure: the likeliest meanings this role may use, best first, for a clarifying question.
    /// Empty when the recognizer is sure or has no idea.
    /// </summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];

    /// <summary>
    /// An intent the message clearly asked for that is above the sender's role (staff typing an owner command).
    /// The intent itself stays <see cref="Intents.Unknown"/>, so no handler above the role ever runs.
    /// </summary>
    public string? AboveRole { get; init; }

    public static Recognition Of(string intent) => new(intent, new Dictionary<string, string>());

    public string? Slot(string name) => Slots.TryGetValue(name, out var value) ? value : null;

    public string? Get(TextSlot slot) => Slot(slot.Name) is { } value && slot.IsValid(value) ? value : null;

    public T? Get<T>(ValueSlot<T> slot)
        where T : struct => slot.Parse(Slot(slot.Name));

    public Recognition With(string slot, string value) =>
        this with { Slots = new Dictionary<string, string>(Slots, StringComparer.Ordinal) { [slot] = value } };
}

/// <summary>Which part of the bot decided an intent: <c>understand</c> prints these.</summary>
public static class RecognizedBy
{
    /// <summary>A high-precision rule or a phrase from <c>bot-manifests/nlu/phrases.json</c>.</summary>
    public const string Rules = "rules";

    /// <summary>The trained intent classifier.</summary>
    public const string Model = "model";

    /// <summary>The answer to a question the bot asked (a missing slot, a numbered choice, YES/NO).</summary>
    public const string Dialog = "dialog";

    /// <summary>The optional Azure OpenAI fallback.</summary>
    public const string Ai = "ai";
}
