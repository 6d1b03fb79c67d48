using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Catalog;

/// <summary>"Do you have the blue kurta in M?": answered from the catalog, with an alert offered when it is out.</summary>
public sealed class ProductInquiryHandler(CatalogService catalog, InquiryService inquiries, ICrmDbContext db, StoreFormat format, StoreClock clock)
    : IIntentHandler
{
    public string Intent => Intents.ProductInquiry;

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var (product, color, size) = turn.Item(recognition);
        if (product is null)
        {
            turn.Ask(recognition, Slots.Product, "Which item are you looking for? For example: \"blue kurta in M\".");
            return;
        }

        var availability = await catalog.CheckAsync(product, color, size, ct);
        turn.Remember(product, availability.Color, availability.Size);
        var item = ProductKeys.Describe(availability.Name, availability.Color, availability.Size);

        if (turn.Sender.Customer is { } customer && !await AskedRecentlyAsync(customer.Id, availability.Key, ct))
        {
            // What shoppers ask about is what the store should stock and follow up on.
            inquiries.Log(customer, turn.Text, availability.Key, availability.Color, availability.Size, InquirySource.Chat, null, null);
        }

        if (availability.InStock > 0)
        {
            var price = availability.Price is { } p ? $" at {format.Money(p)}" : "";
            turn.Reply($"Yes! {item} is in stock{price} ({availability.InStock} available). Drop by, or ask me anything else about it.");
            return;
        }

        var alternatives = availability.Alternatives
            .Select(v => string.Join(' ', new[] { v.Color, v.Size is null ? null : "size " + v.Size }.Where(x => x is not null)))
            .Where(x => x.Length > 0)
            .Distinct()
            .Take(4)
            .ToList();
        var otherwise = alternatives.Count > 0 ? $" We do have it in {string.Join(", ", alternatives)}." : "";
        turn.Reply(availability.Product is null
            ? $"Sorry, we don't have {item} right now. Reply \"notify me\" and I'll message you if it comes in."
            : $"Sorry, {item} is out of stock right now.{otherwise} Reply \"notify me\" and I'll message you as soon as it's back.");
    }

    private Task<bool> AskedRecentlyAsync(int customerId, string key, CancellationToken ct)
    {
        var since = clock.UtcNow.AddDays(-1);
        return customerId != 0
            ? db.Inquiries.AnyAsync(i => i.CustomerId == customerId && i.ProductKey == key && i.CreatedAt >= since, ct)
            : Task.FromResult(false);
    }
}
