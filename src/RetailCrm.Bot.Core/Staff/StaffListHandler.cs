using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Core.Staff;

/// <summary>"staff list", "show staff": who is on the staff, with their numbers.</summary>
public sealed class StaffListHandler(ICrmDbContext db) : IIntentHandler<StaffListHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.StaffList, Role.Owner) { HelpOrder = 6 };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct) =>
        turn.Reply(await StaffListAsync(db, ct) + "\nAdd someone with: add <name> <number> as staff");

    public static async Task<string> StaffListAsync(ICrmDbContext db, CancellationToken ct)
    {
        var staff = await db.Staff.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name).ToListAsync(ct);
        return staff.Count == 0
            ? "No staff yet."
            : $"Staff ({staff.Count}):\n" + string.Join('\n', staff.Select(s => $"• {s.Name} ({PhoneNumberNormalizer.Display(s.Phone)})"));
    }
}
