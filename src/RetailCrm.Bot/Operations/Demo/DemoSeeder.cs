using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Loyalty;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Operations.Demo;

/// <summary>
/// <c>seed-demo</c>: fills the database with <see cref="DemoStore"/>, in one transaction. Running it again adds only what
/// is missing: products by key and variant, customers and staff by number (a customer already there keeps what they
/// have, and gets no second set of purchases). Stock goes in as staff log arrivals (<see cref="CatalogService"/>);
/// consent to offers is recorded as the bot records it, with a trail entry whose keyword says it came from the seed.
/// </summary>
public sealed class DemoSeeder(
    ICrmDbContext db,
    CatalogService catalog,
    Segments segments,
    StoreClock clock,
    PhoneNumberNormalizer phones,
    IOptions<LoyaltyOptions> loyalty,
    IOptions<TwilioOptions> twilio)
{
    /// <summary>The consent trail's keyword for consent the seed recorded, so it is never mistaken for a shopper's.</summary>
    public const string ConsentKeyword = "seed-demo";

    public async Task<DemoSeedReport> SeedAsync(bool allowTwilio, CancellationToken ct)
    {
        if (twilio.Value.IsConfigured && !allowTwilio)
        {
            throw new OperationRefusedException(
                "Twilio is configured, and the demo customers' numbers are made up but real-looking: scheduled offers and check-ins could reach strangers. " +
                "Seed a sandbox bot (no Twilio:AccountSid), or pass --allow-twilio if this account is a test account.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        if (pending > 0)
        {
            throw new OperationRefusedException($"The database has {pending} migration(s) pending: run `migrate` first.");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        var report = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear(); // a retried attempt starts from what the database holds
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (variantsAdded, variantsThere) = await SeedCatalogAsync(ct);
            var staff = await SeedStaffAsync(ct);
            var (customersAdded, customersThere, purchases) = await SeedCustomersAsync(staff.Ids, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new DemoSeedReport(variantsAdded, variantsThere, staff.Added, DemoStore.Staff.Count - staff.Added, customersAdded, customersThere, purchases, new Dictionary<string, int>());
        });

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var segment in Segments.Names)
        {
            counts[segment] = await segments.CountAsync(segment, ct);
        }

        return report with { Segments = counts };
    }

    /// <summary>Each colour/size as an arrival, so products get the keys and names the bot gives them itself.</summary>
    private async Task<(int Added, int There)> SeedCatalogAsync(CancellationToken ct)
    {
        var added = 0;
        foreach (var stock in DemoStore.Catalog)
        {
            var color = ProductKeys.ColorIn(stock.Item);
            var size = ProductKeys.NormalizeSize(stock.Size);
            var key = ProductKeys.Key(stock.Item, color, size);
            if (await db.ProductVariants.AnyAsync(v => v.Product!.Key == key && v.Color == color && v.Size == size, ct))
            {
                continue;
            }

            await catalog.ReceiveAsync(stock.Item, color, size, stock.Quantity, stock.Price, ct);
            await db.SaveChangesAsync(ct); // the next variant of the same product must find this one
            added++;
        }

        return (added, DemoStore.Catalog.Count - added);
    }

    private async Task<(int Added, IReadOnlyList<int> Ids)> SeedStaffAsync(CancellationToken ct)
    {
        var added = 0;
        var members = new List<StaffMember>();
        foreach (var person in DemoStore.Staff)
        {
            var phone = Phone(person.Phone);
            var member = await db.Staff.SingleOrDefaultAsync(s => s.Phone == phone, ct);
            if (member is null)
            {
                member = new StaffMember { Phone = phone, Name = person.Name, AddedAt = Ago(400), LastChannel = MessageChannel.WhatsApp };
                db.Staff.Add(member);
                added++;
            }

            members.Add(member);
        }

        await db.SaveChangesAsync(ct);
        return (added, members.Select(m => m.Id).ToList());
    }

    private async Task<(int Added, int There, int Purchases)> SeedCustomersAsync(IReadOnlyList<int> staffIds, CancellationToken ct)
    {
        var wanted = DemoStore.Customers.Select(c => Phone(c.Phone)).ToList();
        var there = (await db.Customers.Where(c => wanted.Contains(c.Phone)).Select(c => c.Phone).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        var purchases = 0;
        foreach (var demo in DemoStore.Customers.Where(c => !there.Contains(c.Phone)))
        {
            var created = Ago(demo.CreatedDaysAgo);
            var customer = new Customer
            {
                Phone = demo.Phone,
                Name = demo.Name,
                WhatsAppProfileName = demo.ProfileName,
                LastChannel = MessageChannel.WhatsApp,
                CreatedAt = created,
                LastInboundAt = demo.Purchases.Count > 0 ? Ago(demo.Purchases.Min(p => p.DaysAgo)) : created,
            };
            db.Customers.Add(customer);
            added++;

            if (demo.OfferConsent)
            {
                // Offers need consent on record: the time it was given, and the trail entry that says how.
                customer.MarketingConsentAt = created.AddDays(1);
                Consent(customer, ConsentChange.MarketingOptIn, ConsentKeyword, customer.MarketingConsentAt.Value);
            }

            if (demo.OptedOutDaysAgo is { } stopped)
            {
                customer.OptedOutAt = Ago(stopped);
                customer.MarketingConsentAt = null; // STOP stops everything, offers included
                Consent(customer, ConsentChange.OptOut, "STOP", customer.OptedOutAt.Value);
            }

            foreach (var bought in demo.Purchases)
            {
                var points = loyalty.Value.PointsFor(bought.Amount);
                db.Purchases.Add(new Purchase
                {
                    Customer = customer,
                    Amount = bought.Amount,
                    Items = bought.Item,
                    ProductKey = ProductKeys.Key(bought.Item, ProductKeys.ColorIn(bought.Item)),
                    Quantity = 1,
                    PointsEarned = points,
                    StaffMemberId = staffIds[bought.StaffIndex],
                    PurchasedAt = Ago(bought.DaysAgo),
                    // History, not news: no check-in goes out for a purchase the seed made up.
                    CheckInQueuedAt = clock.UtcNow,
                });
                customer.LoyaltyPoints += points;
                purchases++;
            }
        }

        return (added, there.Count, purchases);
    }

    private void Consent(Customer customer, ConsentChange change, string keyword, DateTime at) =>
        db.ConsentEvents.Add(new ConsentEvent
        {
            Customer = customer,
            Phone = customer.Phone,
            Change = change,
            Channel = MessageChannel.WhatsApp,
            Keyword = keyword,
            Source = ConsentSource.Keyword,
            OccurredAt = at,
        });

    private DateTime Ago(int days) => clock.UtcNow.AddDays(-days);

    private string Phone(string number) =>
        phones.TryNormalize(number, out var e164) && e164 == number
            ? e164
            : throw new OperationRefusedException($"The demo number {number} is not a valid E.164 number in this region.");
}

/// <summary>What was added and what was already there, and each segment's size afterwards.</summary>
public sealed record DemoSeedReport(
    int VariantsAdded,
    int VariantsThere,
    int StaffAdded,
    int StaffThere,
    int CustomersAdded,
    int CustomersThere,
    int PurchasesAdded,
    IReadOnlyDictionary<string, int> Segments)
{
    public void WriteTo(TextWriter output)
    {
        output.WriteLine($"Catalog:   {VariantsAdded} item(s) added, {VariantsThere} already there (Red Saree is out of stock)");
        output.WriteLine($"Staff:     {StaffAdded} added, {StaffThere} already there");
        output.WriteLine($"Customers: {CustomersAdded} added with {PurchasesAdded} purchase(s), {CustomersThere} already there");
        output.WriteLine("Offers can go to: " + string.Join(", ", Segments.Select(s => $"{s.Key} {s.Value}")));
    }
}
