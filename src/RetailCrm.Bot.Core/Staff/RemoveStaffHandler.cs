using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Staff;

/// <summary>"remove staff 9123409876" or "remove Ramesh from staff": they become a shopper again.</summary>
public sealed class RemoveStaffHandler(ICrmDbContext db, StoreClock clock) : IIntentHandler<RemoveStaffHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.RemoveStaff, Role.Owner)
    {
        Slots = [SlotRequirement.Optional(SlotTypes.Phone), SlotRequirement.Optional(SlotTypes.Name)],
        HelpOrder = 5,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var phone = recognition.Slot(Slots.Phone);
        var name = recognition.Slot(Slots.Name)?.Trim();
        var active = await db.Staff.Where(s => s.IsActive).ToListAsync(ct);
        var matches = phone is not null
            ? active.Where(s => s.Phone == phone).ToList()
            : name is { Length: > 0 } ? active.Where(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList() : [];

        switch (matches.Count)
        {
            case 0 when phone is null && string.IsNullOrEmpty(name):
                turn.Reply(await StaffListHandler.StaffListAsync(db, ct) + "\nRemove someone with: remove staff <number>");
                return;
            case 0:
                turn.Reply($"{(phone is null ? name : PhoneNumberNormalizer.Display(phone))} is not on the staff list.");
                return;
            case > 1:
                turn.Reply($"More than one staff member is called {name}; send their number instead: remove staff <number>");
                return;
        }

        var member = matches[0];
        member.IsActive = false;
        member.RemovedAt = clock.UtcNow;
        turn.Reply($"Removed {member.Name} ({PhoneNumberNormalizer.Display(member.Phone)}) from staff.");
    }
}
