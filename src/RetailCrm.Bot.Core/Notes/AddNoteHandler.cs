using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Notes;

public sealed class AddNoteHandler(CustomerDirectory customers, ICrmDbContext db, StoreClock clock) : IIntentHandler<AddNoteHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.AddNote, Role.Staff)
    {
        Slots = [SlotRequirement.Required(SlotTypes.Phone), SlotRequirement.Required(SlotTypes.Text)],
        HelpOrder = 5,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var phone = recognition.Get(SlotTypes.Phone)!;
        var text = recognition.Get(SlotTypes.Text)!;

        var customer = await customers.FindOrCreateAsync(phone, ct);
        db.CustomerNotes.Add(new CustomerNote
        {
            Customer = customer,
            Text = StoredText.Fit(text, StoredText.FreeTextLength),
            AuthorPhone = turn.Sender.Phone,
            CreatedAt = clock.UtcNow,
        });
        turn.Reply($"Note saved for {CustomerNames.Who(customer)}.");
    }
}
