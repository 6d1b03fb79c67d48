using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Notes;

public sealed class AddNoteHandler(CustomerDirectory customers, ICrmDbContext db, StoreClock clock) : IIntentHandler
{
    public string Intent => Intents.AddNote;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        if (recognition.Slot(Slots.Phone) is not { } phone)
        {
            turn.Ask(recognition, Slots.Phone, "Which customer is the note about? Send their phone number.");
            return;
        }

        if (recognition.Slot(Slots.Text) is not { Length: > 0 } text)
        {
            turn.Ask(recognition, Slots.Text, "What should I note?");
            return;
        }

        var customer = await customers.FindOrCreateAsync(phone, ct);
        db.CustomerNotes.Add(new CustomerNote
        {
            Customer = customer,
            Text = text.Length > 1000 ? text[..1000] : text,
            AuthorPhone = turn.Sender.Phone,
            CreatedAt = clock.UtcNow,
        });
        turn.Reply($"Note saved for {CustomerNames.Who(customer)}.");
    }
}
