namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// Everything about one intent, declared once beside its handler (Bot Framework core-bot's intent, its
/// BookingDetails and its dialog, in one place): who may use it, the slots it reads, which of them the engine
/// must ask for before the handler runs, and whether HELP lists it. The words it is recognised by live in
/// <c>bot-manifests/nlu/</c>; what it says (questions and HELP lines, per language) in <c>bot-manifests/replies/</c>
/// under keys derived from its name.
/// </summary>
public sealed class IntentDefinition(string name, Role role)
{
    public string Name { get; } = name;

    /// <summary>The lowest role that may use it; each role can use what the roles below it can.</summary>
    public Role Role { get; } = role;

    /// <summary>A shopper's intent that makes no sense for staff writing from the shop floor (their points, their alerts).</summary>
    public bool ShopperOnly { get; init; }

    /// <summary>The slots it reads, in the order the engine asks for missing ones.</summary>
    public IReadOnlyList<SlotRequirement> Slots { get; init; } = [];

    /// <summary>
    /// Where HELP lists it for the roles that may use it (text: <c>help.{name}.say</c> and <c>help.{name}.does</c>);
    /// null when HELP does not.
    /// </summary>
    public int? HelpOrder { get; init; }

    public bool InHelp => HelpOrder is not null;

    /// <summary>A new request that drops any question the bot was waiting on (greeting, help, opt-out...).</summary>
    public bool StartsAfresh { get; init; }

    /// <summary>"it", "that one" or no item at all mean the item discussed last (product questions and alerts).</summary>
    public bool UsesLastItem { get; init; }

    /// <summary>
    /// For a staff command: what a shopper who types it means ("complaint 98765 43210 zip broken" from a shopper is
    /// their own complaint). Null: a shopper typing it is not understood.
    /// </summary>
    public string? FromShopper { get; init; }

    /// <summary>The handler type, filled in when the catalogue is built.</summary>
    public Type? Handler { get; internal set; }

    public IEnumerable<SlotRequirement> Required => Slots.Where(s => s.IsRequired);

    public bool Declares(string slot) => Slots.Any(s => s.Type.Name == slot || s.Alternative?.Name == slot);

    /// <summary>The reply key of the question asked for a missing slot.</summary>
    public string QuestionKey(SlotType slot) => $"{Name}.ask.{slot.Name}";

    public string HelpSayKey => $"help.{Name}.say";

    public string HelpDoesKey => $"help.{Name}.does";

    /// <summary>How the clarifying question names this intent ("check what's in stock").</summary>
    public string MeaningKey => $"meaning.{Name}";

    /// <summary>The first required slot with no valid value, or null when the handler can run.</summary>
    public SlotRequirement? FirstMissing(Recognition recognition) =>
        Required.FirstOrDefault(r => !r.IsFilled(recognition));

    public override string ToString() => Name;
}

/// <summary>One slot of an intent: its type, whether the engine must ask for it, and what else will do instead.</summary>
public sealed record SlotRequirement(SlotType Type, bool IsRequired, SlotType? Alternative = null)
{
    public static SlotRequirement Required(SlotType type, SlotType? orElse = null) => new(type, true, orElse);

    public static SlotRequirement Optional(SlotType type) => new(type, false);

    public bool IsFilled(Recognition recognition) =>
        Holds(recognition, Type) || (Alternative is not null && Holds(recognition, Alternative));

    private static bool Holds(Recognition recognition, SlotType type) =>
        recognition.Slot(type.Name) is { } value && type.IsValid(value);
}
