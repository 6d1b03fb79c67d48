using System.Text.Json;
using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Core.Manifests;

/// <summary>
/// <c>commands.json</c>: <c>{"shopper": [...], "staff": [...], "owner": [...]}</c>, each entry
/// <c>{"intent", "say", "does"}</c>. An intent must be one the role may use, so HELP never offers what the
/// role gate would then refuse.
/// </summary>
internal static class CommandFile
{
    public const string Name = "commands.json";

    private static readonly (string Key, Role Role)[] Roles =
        [("shopper", Role.Shopper), ("staff", Role.Staff), ("owner", Role.Owner)];

    public static CommandManifest? Read(string folder, ManifestProblems problems)
    {
        var path = Path.Combine(folder, Name);
        var json = new ManifestJson(Name, problems);
        if (!File.Exists(path))
        {
            json.Problem("file not found");
            return null;
        }

        var before = problems.Count;
        if (json.ParseObject(path) is not { } root)
        {
            return null;
        }

        foreach (var property in root.EnumerateObject().Where(p => !Roles.Any(r => r.Key == p.Name)))
        {
            json.Problem($"\"{property.Name}\" is not a role; use \"shopper\", \"staff\" and \"owner\"");
        }

        var lists = Roles.Select(r => ReadRole(json, root, r.Key, r.Role)).ToList();
        return problems.Count == before ? new CommandManifest(lists[0], lists[1], lists[2]) : null;
    }

    private static List<CommandEntry> ReadRole(ManifestJson json, JsonElement root, string key, Role role)
    {
        var entries = new List<CommandEntry>();
        if (json.Array(root, key, key) is not { } array)
        {
            return entries;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var label = $"{key}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                json.Problem($"\"{label}\" must be an object with \"intent\", \"say\" and \"does\"");
                continue;
            }

            var intent = json.String(item, "intent", $"{label}.intent");
            var say = json.String(item, "say", $"{label}.say");
            var does = json.String(item, "does", $"{label}.does");
            if (intent is not null && IntentProblem(intent, role) is { } problem)
            {
                json.Problem($"\"{label}.intent\" {problem}");
            }
            else if (intent is not null && say is not null && does is not null)
            {
                entries.Add(new CommandEntry(intent, say, does));
            }
        }

        if (index == 0)
        {
            json.Problem($"\"{key}\" lists no commands, so HELP would have nothing to say");
        }

        return entries;
    }

    private static string? IntentProblem(string intent, Role role)
    {
        if (!IntentCatalog.IsKnown(intent))
        {
            return $"\"{intent}\" is not one of the bot's intents";
        }

        if (!IntentCatalog.IsAllowed(intent, role))
        {
            return $"\"{intent}\" is not allowed for {Describe(role)}";
        }

        // Owner help is the staff list plus this one, so a staff command here would be listed twice.
        if (role == Role.Owner && IntentCatalog.IsAllowed(intent, Role.Staff))
        {
            return $"\"{intent}\" is a staff command; list it under \"staff\" (owners get the staff commands too)";
        }

        return null;
    }

    private static string Describe(Role role) => Roles.Single(r => r.Role == role).Key;
}
