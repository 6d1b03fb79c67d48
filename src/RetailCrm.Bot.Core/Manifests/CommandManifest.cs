using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Core.Manifests;

/// <summary>One line of HELP: an intent, something to send for it, and what it does.</summary>
/// <param name="Say">An example message for shoppers; the command's syntax for staff and owners.</param>
public sealed record CommandEntry(string Intent, string Say, string Does);

/// <summary>
/// What each role can ask the bot (<c>bot-manifests/commands.json</c>), which HELP is written from. The file lists
/// only what owners have beyond staff, because owners can do everything staff can.
/// </summary>
public sealed class CommandManifest(
    IReadOnlyList<CommandEntry> shopper,
    IReadOnlyList<CommandEntry> staff,
    IReadOnlyList<CommandEntry> owner)
{
    private readonly IReadOnlyList<CommandEntry> _owner = [.. staff, .. owner];

    public IReadOnlyList<CommandEntry> For(Role role) => role switch
    {
        Role.Owner => _owner,
        Role.Staff => staff,
        _ => shopper,
    };
}
