using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Staff;

namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// What a turn starts from, read in one query: the inbound message, and what the store knows about its sender (an
/// active staff member, a customer, the conversation state; each unique by phone, each null when there is none).
/// Tracked, because a turn writes all of them: the message is marked processed, the state saved, the customer or
/// staff member touched with the channel they wrote on.
/// </summary>
public sealed record TurnRows(InboundMessage Message, StaffMember? Staff, Customer? Customer, ConversationState? State)
{
    private static readonly PerModel<Func<DbContext, long, CancellationToken, Task<TurnRows?>>> Query = new(() =>
        EF.CompileAsyncQuery((DbContext db, long id, CancellationToken ct) =>
            db.Set<InboundMessage>()
                .Where(m => m.Id == id)
                .LeftJoin(db.Set<StaffMember>().Where(s => s.IsActive), m => m.FromPhone, s => s.Phone, (m, s) => new { m, s })
                .LeftJoin(db.Set<Customer>(), x => x.m.FromPhone, c => c.Phone, (x, c) => new { x.m, x.s, c })
                .LeftJoin(db.Set<ConversationState>(), x => x.m.FromPhone, st => st.Phone, (x, st) => new TurnRows(x.m, x.s, x.c, st))
                .FirstOrDefault()));

    public static async Task<TurnRows> LoadAsync(ICrmDbContext db, long inboundId, CancellationToken ct)
    {
        var context = db.AsDbContext();
        return await Query.For(context)(context, inboundId, ct)
               ?? throw new InvalidOperationException($"Inbound message {inboundId} is gone.");
    }
}
