using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>Regulars who stopped coming: no purchase or message for longer than Engagement:InactiveAfter.</summary>
public sealed class InactiveCustomersHandler(Segments segments, IOptions<EngagementOptions> engagement, StoreClock clock, StoreFormat format)
    : IIntentHandler<InactiveCustomersHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.InactiveCustomers, Role.Owner) { HelpOrder = 2 };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var days = (int)engagement.Value.InactiveAfter.TotalDays;
        var inactive = await segments.InactiveAsync(null, ct);
        if (inactive.Count == 0)
        {
            turn.Reply($"Nobody has been away for more than {days} days. 🎉");
            return;
        }

        var lines = inactive.Take(10).Select(c =>
            $"• {CustomerNames.Who(c)}, last seen {format.Date(DateOnly.FromDateTime(clock.ToLocal(c.LastInboundAt ?? c.CreatedAt)))}");
        var more = inactive.Count > 10 ? $"\n…and {inactive.Count - 10} more." : "";
        turn.Reply($"{inactive.Count} customer{(inactive.Count == 1 ? "" : "s")} not seen for over {days} days:\n{string.Join('\n', lines)}{more}\n" +
                   "Win them back with: offer inactive <your offer>");
    }
}
