namespace RetailCrm.Bot.Operations.Demo;

/// <summary>
/// The demo store's data, fixed so every run seeds the same store: the products the README's examples ask about,
/// customers in each segment an owner can send offers to, their purchases, and two staff members.
/// <para>
/// None of the README's own numbers is used (98765 43210, 91234 09876, 9123456780, +91 90000 00001...), so its first
/// conversation still meets a stranger, and Ramesh can still be added as staff. The seeded numbers are real-looking
/// Indian mobiles, which is why <c>seed-demo</c> refuses to run against a real Twilio account unless told to.
/// </para>
/// </summary>
public static class DemoStore
{
    /// <summary>What an owner's "send offer" counts with the default Engagement options (VipMinimumSpend 10,000, InactiveAfter 60 days, NewCustomerWithin 30 days).</summary>
    public const int Vip = 42;
    public const int Inactive = 18;
    public const int New = 12;
    public const int WithoutOfferConsent = 20;
    public const int OptedOut = 2;

    /// <summary>Red Saree is out of stock (with no price yet), so a shopper asking for it is offered "notify me".</summary>
    public static IReadOnlyList<DemoStock> Catalog { get; } =
    [
        new("red saree", null, 0, null),
        new("blue kurta", "S", 4, 1299m),
        new("blue kurta", "M", 6, 1299m),
        new("blue kurta", "L", 3, 1299m),
        new("nike pegasus", "9", 3, 4999m),
        new("nike pegasus", "10", 2, 4999m),
        new("levis 511 jeans", "30", 2, 2799m),
        new("levis 511 jeans", "32", 5, 2799m),
        new("levis 511 jeans", "34", 4, 2799m),
        new("white cotton shirt", "M", 5, 899m),
        new("white cotton shirt", "L", 3, 899m),
        new("pink dupatta", null, 8, 699m),
    ];

    public static IReadOnlyList<DemoPerson> Staff { get; } =
    [
        new("+919810020001", "Sunita Rao"),
        new("+919810020002", "Imran Qureshi"),
    ];

    private static readonly string[] FirstNames =
    [
        "Aarav", "Ananya", "Rohan", "Kavya", "Vikram", "Sneha", "Arjun", "Meera", "Karan", "Pooja",
        "Rahul", "Divya", "Aditya", "Neha", "Siddharth", "Isha", "Manish", "Ritu", "Nikhil", "Shreya",
        "Varun", "Anjali", "Deepak", "Nisha", "Amit", "Swati", "Harsh", "Tanvi", "Gaurav", "Lakshmi",
        "Suresh", "Farah", "Irfan", "Zoya", "Harpreet", "Simran", "Joseph", "Maria", "Venkat", "Revathi",
    ];

    private static readonly string[] LastNames =
        ["Sharma", "Verma", "Iyer", "Reddy", "Nair", "Gupta", "Patel", "Singh", "Khan", "Das", "Menon", "Joshi"];

    private static readonly string[] Items = ["blue kurta", "nike pegasus", "levis 511 jeans", "white cotton shirt", "pink dupatta"];

    /// <summary>Every demo customer, in a fixed order; days are counted back from the day of seeding.</summary>
    public static IReadOnlyList<DemoCustomer> Customers { get; } = BuildCustomers();

    private static List<DemoCustomer> BuildCustomers()
    {
        var customers = new List<DemoCustomer>();

        // VIPs: joined months ago, three purchases adding up to more than 10,000, the latest within 45 days.
        for (var i = 0; i < Vip; i++)
        {
            customers.Add(Customer(customers.Count, createdDaysAgo: 120 + (i * 7 % 240), consent: true,
                [
                    Purchase(100 + (i % 15), 2900 + (i * 41 % 1100), i),
                    Purchase(50 + (i % 30), 3100 + (i * 29 % 900), i + 1),
                    Purchase(5 + (i % 40), 4200 + (i * 53 % 1800), i + 2),
                ]));
        }

        // Lapsed: agreed to offers, bought once or twice, nothing for over 90 days.
        for (var i = 0; i < Inactive; i++)
        {
            var purchases = new List<DemoPurchase> { Purchase(90 + (i * 5), 1299 + (i * 97 % 1700), i) };
            if (i % 2 == 0)
            {
                purchases.Add(Purchase(150 + (i * 5), 899 + (i * 61 % 1500), i + 3));
            }

            customers.Add(Customer(customers.Count, createdDaysAgo: 200 + (i * 9), consent: true, purchases));
        }

        // New: joined in the last two weeks; every other one bought something a day later.
        for (var i = 0; i < New; i++)
        {
            var created = 2 + i;
            customers.Add(Customer(customers.Count, created, consent: true,
                i % 2 == 0 ? [Purchase(created - 1, 899 + (i * 173 % 1900), i)] : []));
        }

        // Regulars who never asked for offers: some spend like VIPs, and no offer ever reaches them.
        for (var i = 0; i < WithoutOfferConsent; i++)
        {
            var purchases = Enumerable.Range(0, 1 + (i % 3))
                .Select(n => Purchase(10 + (n * 40) + i, 2500 + (i * 311 % 3000), i + n))
                .ToList();
            customers.Add(Customer(customers.Count, createdDaysAgo: 130 + (i * 8), consent: false, purchases));
        }

        // Said STOP after agreeing to offers: in no segment at all.
        for (var i = 0; i < OptedOut; i++)
        {
            customers.Add(Customer(customers.Count, createdDaysAgo: 180 + i, consent: true, [Purchase(30 + i, 5999, i)]) with { OptedOutDaysAgo = 10 + i });
        }

        return customers;
    }

    private static DemoCustomer Customer(int index, int createdDaysAgo, bool consent, IReadOnlyList<DemoPurchase> purchases)
    {
        var first = FirstNames[index % FirstNames.Length];
        var name = $"{first} {LastNames[(index * 7 + index / FirstNames.Length) % LastNames.Length]}";
        var phone = "+9198100" + (10001 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new DemoCustomer(phone, name, first, createdDaysAgo, consent, null, purchases);
    }

    private static DemoPurchase Purchase(int daysAgo, int amount, int item) =>
        new(daysAgo, amount, Items[item % Items.Length], item % Staff.Count);
}

/// <summary>Stock of one colour/size of an item, as staff would log its arrival ("arrived blue kurta M x 6 rs 1299").</summary>
public sealed record DemoStock(string Item, string? Size, int Quantity, decimal? Price);

public sealed record DemoPerson(string Phone, string Name);

public sealed record DemoCustomer(
    string Phone,
    string Name,
    string ProfileName,
    int CreatedDaysAgo,
    bool OfferConsent,
    int? OptedOutDaysAgo,
    IReadOnlyList<DemoPurchase> Purchases);

/// <summary>A purchase <paramref name="DaysAgo"/> days before seeding, logged by <c>Staff[StaffIndex]</c>.</summary>
public sealed record DemoPurchase(int DaysAgo, decimal Amount, string Item, int StaffIndex);
