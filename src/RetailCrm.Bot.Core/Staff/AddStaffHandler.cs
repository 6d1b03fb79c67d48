using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Staff;

/// <summary>"add Ramesh 9123409876 as staff". Without a number it shows the staff list.</summary>
public sealed class AddStaffHandler(ICrmDbContext db, RoleResolver roles, Outbox outbox, StoreClock clock, IOptions<StoreOptions> store)
    : IIntentHandler<AddStaffHandler>
{
    public const string WelcomeKind = "staff_welcome";

    public static IntentDefinition Definition { get; } = new(Intents.AddStaff, Role.Owner)
    {
        Slots = [SlotRequirement.Required(SlotTypes.Phone), SlotRequirement.Optional(SlotTypes.Name)],
        HelpOrder = 4,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var phone = recognition.Get(SlotTypes.Phone)!;

        if (roles.IsOwner(phone))
        {
            turn.Reply($"{PhoneNumberNormalizer.Display(phone)} is an owner already.");
            return;
        }

        var name = recognition.Get(SlotTypes.Name)?.Trim() is { Length: > 0 } given ? given : "Staff";
        var member = await db.Staff.SingleOrDefaultAsync(s => s.Phone == phone, ct);
        if (member is { IsActive: true })
        {
            turn.Reply($"{member.Name} ({PhoneNumberNormalizer.Display(phone)}) is already on the staff list.");
            return;
        }

        if (member is null)
        {
            member = new StaffMember { Phone = phone, Name = name, AddedAt = clock.UtcNow };
            db.Staff.Add(member);
        }
        else
        {
            member.IsActive = true;
            member.Name = name == "Staff" ? member.Name : name;
            member.RemovedAt = null;
        }

        outbox.Queue(phone, member.LastChannel ?? MessageChannel.Sms,
            $"Hi {member.Name}, you've been added as staff at {store.Value.Name}. Message this number to log sales, inquiries and stock. Type HELP to see how.",
            WelcomeKind, MessagePurpose.Transactional);
        turn.Reply($"Added {member.Name} ({PhoneNumberNormalizer.Display(phone)}) as staff. I've sent them a welcome message.");
    }
}
