using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Catalog;

/// <summary>
/// "Do you have the blue kurta in M?", "hw much is the blue kurta": answered from the catalog, with the price
/// when the store has one, the other colours and sizes on the shelf, and an alert offered when it is out.
/// </summary>
public sealed class ProductInquiryHandler(CatalogService catalog, InquiryService inquiries, ICrmDbContext db, StoreFormat format, StoreClock clock)
    : IIntentHandler<ProductInquiryHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.ProductInquiry, Role.Shopper)
    {
        Slots = [SlotRequirement.Required(SlotTypes.Product), SlotRequirement.Optional(SlotTypes.Color), SlotRequirement.Optional(SlotTypes.Size)],
        UsesLastItem = true,
        HelpOrder = 1,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var product = recognition.Get(SlotTypes.Product)!;
        var availability = await catalog.CheckAsync(product, recognition.Get(SlotTypes.Color), recognition.Get(SlotTypes.Size), ct);
        if (availability.Choices.Count > 1)
        {
            turn.Ask(recognition, Slots.Product, turn.Line("catalog.which_one", ("choices", Choices.Join(availability.Choices, turn))));
            return;
        }

        turn.Remember(availability.Product?.Key ?? product, availability.Color, availability.Size);
        var item = ProductKeys.Describe(availability.Name, availability.Color, availability.Size);

        if (turn.Sender.Customer is { } customer && !await AskedRecentlyAsync(customer.Id, availability.Key, ct))
        {
            // What shoppers ask about is what the store should stock and follow up on.
            inquiries.Log(customer, turn.Text, availability.Key, availability.Color, availability.Size, InquirySource.Chat, null, null);
        }

        var price = availability.Price is { } p ? format.Money(p) : null;
        if (availability.InStock > 0)
        {
            turn.Say(price is null ? "product_inquiry.in_stock" : "product_inquiry.in_stock_priced",
                ("item", item), ("price", price), ("count", availability.InStock));
            return;
        }

        if (availability.Product is null)
        {
            turn.Say("product_inquiry.not_carried", ("item", item));
            return;
        }

        var alternatives = availability.Alternatives
            .Select(v => string.Join(' ', new[] { v.Color, v.Size is null ? null : turn.Line("catalog.size", ("size", v.Size)) }.Where(x => x is not null)))
            .Where(x => x.Length > 0)
            .Distinct()
            .Take(4)
            .ToList();
        var others = alternatives.Count > 0 ? " " + turn.Line("product_inquiry.other_variants", ("variants", string.Join(", ", alternatives))) : "";
        turn.Say(price is null ? "product_inquiry.out_of_stock" : "product_inquiry.out_of_stock_priced",
            ("item", item), ("price", price), ("others", others));
    }

    private static readonly PerModel<Func<DbContext, int, string, DateTime, CancellationToken, Task<bool>>> Asked = new(() =>
        EF.CompileAsyncQuery((DbContext db, int customerId, string key, DateTime since, CancellationToken ct) =>
            db.Set<Inquiry>().Any(i => i.CustomerId == customerId && i.ProductKey == key && i.CreatedAt >= since)));

    private Task<bool> AskedRecentlyAsync(int customerId, string key, CancellationToken ct)
    {
        if (customerId == 0)
        {
            return Task.FromResult(false);
        }

        var context = db.AsDbContext();
        return Asked.For(context)(context, customerId, key, clock.UtcNow.AddDays(-1), ct);
    }
}

/// <summary>"Nike Pegasus or Nike Revolution": products to choose from, in the turn's language.</summary>
internal static class Choices
{
    public static string Join(IReadOnlyList<string> names, TurnContext turn) =>
        names.Count == 1 ? names[0] : turn.Line("catalog.or", ("first", string.Join(", ", names.Take(names.Count - 1))), ("last", names[^1]));
}
