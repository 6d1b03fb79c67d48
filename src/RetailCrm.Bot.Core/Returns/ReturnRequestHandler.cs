using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Handoff;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Returns;

/// <summary>
/// "I want to return it", "can I exchange this for L?", "refund chahiye": the store's policy
/// (<c>Store:ReturnPolicy</c>) and one open request, due today in the team's follow-ups, until staff answer it with
/// "reply". Asking again while one is open says so instead of opening another.
/// </summary>
public sealed class ReturnRequestHandler(ICrmDbContext db, InquiryService inquiries, TeamNotifier team, IOptions<StoreOptions> store, StoreClock clock)
    : IIntentHandler<ReturnRequestHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.ReturnRequest, Role.Shopper)
    {
        Slots = [SlotRequirement.Optional(SlotTypes.Product)],
        ShopperOnly = true,
        HelpOrder = 8,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var customer = turn.Sender.Customer!;
        var policy = string.IsNullOrWhiteSpace(store.Value.ReturnPolicy)
            ? turn.Line("return_request.policy_unset")
            : turn.Line("return_request.policy", ("policy", store.Value.ReturnPolicy));
        var open = customer.Id == 0
            ? null
            : await db.Inquiries.AsNoTracking()
                .Where(i => i.CustomerId == customer.Id && i.Source == InquirySource.ReturnRequest && i.Status == InquiryStatus.Open)
                .Select(i => (int?)i.Id)
                .FirstOrDefaultAsync(ct);
        if (open is { } id)
        {
            turn.Say("return_request.already_open", ("id", id), ("policy", policy));
            return;
        }

        var today = DateOnly.FromDateTime(clock.LocalNow);
        var request = inquiries.Log(customer, turn.Text, null, null, null, InquirySource.ReturnRequest, null, today);
        await db.SaveChangesAsync(ct); // the shopper and the team are told its number
        await HumanHandoffHandler.HandOverAsync(team, turn, $"wants to return or exchange something (request #{request.Id})", ct);
        turn.Say("return_request.opened", ("id", request.Id), ("policy", policy));
    }
}
