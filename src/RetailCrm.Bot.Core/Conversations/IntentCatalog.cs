using System.Collections.Frozen;
using System.Reflection;

namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// Every intent the bot knows, read from the handlers' own declarations (<see cref="IIntentHandler{TSelf}"/>), and
/// the role gate built on them: a recognizer never returns an intent above the sender's role, and the engine
/// checks again before any handler runs. Building it fails when two handlers declare one intent, or an intent
/// named in <see cref="Intents"/> has no handler, so a missing or doubled handler stops the app at start.
/// </summary>
public static class IntentCatalog
{
    private static readonly FrozenDictionary<string, IntentDefinition> Definitions =
        Build(typeof(IntentCatalog).Assembly.GetTypes()).ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<IntentDefinition> All => Definitions.Values;

    public static IReadOnlyCollection<string> Names => Definitions.Keys;

    public static bool IsKnown(string intent) => Definitions.ContainsKey(intent);

    public static IntentDefinition Get(string intent) =>
        Definitions.TryGetValue(intent, out var definition) ? definition : throw new KeyNotFoundException($"No intent \"{intent}\".");

    public static IntentDefinition? Find(string intent) => Definitions.GetValueOrDefault(intent);

    public static bool IsAllowed(string intent, Role role) =>
        Definitions.TryGetValue(intent, out var definition)
        && role >= definition.Role
        && !(role != Role.Shopper && definition.ShopperOnly);

    public static IEnumerable<string> AllowedFor(Role role) => Definitions.Keys.Where(i => IsAllowed(i, role));

    /// <summary>
    /// Reads each handler type's declaration. Exposed for the start-up check and its tests: the app's own
    /// catalogue is built from the Core assembly once.
    /// </summary>
    public static IReadOnlyList<IntentDefinition> Build(IEnumerable<Type> types)
    {
        var problems = new List<string>();
        var found = new Dictionary<string, IntentDefinition>(StringComparer.Ordinal);
        foreach (var type in types.Where(IsHandler).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var definition = (IntentDefinition)type.GetProperty("Definition", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            if (found.TryGetValue(definition.Name, out var first))
            {
                problems.Add($"intent \"{definition.Name}\" has two handlers: {first.Handler!.Name} and {type.Name}");
                continue;
            }

            definition.Handler = type;
            found[definition.Name] = definition;
        }

        foreach (var name in typeof(Intents).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!))
        {
            if (!found.ContainsKey(name))
            {
                problems.Add($"intent \"{name}\" has no handler");
            }
        }

        return problems.Count == 0
            ? [.. found.Values]
            : throw new InvalidOperationException("The bot's intents are not wired up: " + string.Join("; ", problems) + ".");
    }

    private static bool IsHandler(Type type) =>
        type is { IsClass: true, IsAbstract: false }
        && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntentHandler<>));
}
