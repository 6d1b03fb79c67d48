using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Complaints;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.Core.StockAlerts;
using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Conversations;

/// <summary>
/// Every intent, for every role that may use it, in English, Hinglish and Devanagari, as a table of message → reply
/// and the data it changes, through the real webhook. Each shopper row writes from a number of its own; staff and
/// owner rows start from a clean conversation. Devanagari-writing shoppers are answered in Hindi.
/// </summary>
public abstract class ConversationTableTests(TablesFixture fixture)
{
    public static TheoryData<string> Rows => [.. ConversationTable.All.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_message_gets_its_answer_and_changes_what_it_should(string id)
    {
        var row = ConversationTable.Find(id);
        var context = new RowContext(fixture.App, row);
        await fixture.App.ExecuteAsync(async d =>
        {
            // A staff or owner row starts where no earlier row left a question open.
            await d.ConversationStates.Where(s => s.Phone == context.Sender).ExecuteDeleteAsync();
            if (row.Seed is not null)
            {
                await row.Seed(d, context);
            }
        });

        var reply = await fixture.Chat.AskAsync(context.Sender, context.Fill(row.Text), profileName: row.Role == Role.Shopper ? "Priya" : null);

        Assert.True(reply.Contains(context.Fill(row.Expect), StringComparison.Ordinal),
            $"[{row.Role}, {row.Language}] \"{context.Fill(row.Text)}\" → \"{reply}\" (expected \"{context.Fill(row.Expect)}\")");
        if (row.Check is not null)
        {
            await row.Check(context);
        }
    }
}

public sealed class SqliteConversationTableTests(SqliteTablesFixture fixture) : ConversationTableTests(fixture), IClassFixture<SqliteTablesFixture>;

public sealed class PostgresConversationTableTests(PostgresTablesFixture fixture) : ConversationTableTests(fixture), IClassFixture<PostgresTablesFixture>;

/// <summary>One app for a whole table: the store's facts set, a small catalog, one staff member, a fixed clock.</summary>
public abstract class TablesFixture(Db db) : IAsyncLifetime
{
    public const string StaffPhone = "+919123409876";
    public const string Owner = TestSettings.OwnerPhone;

    /// <summary>Wednesday 25 November 2026, 12:30 in Kolkata: the store is open.</summary>
    public static readonly DateTimeOffset Noon = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

    private readonly FakeTwilio _twilio = new();
    private HttpClient _client = null!;

    public BotApp App { get; private set; } = null!;

    public ChatSession Chat { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Store:Address"] = "12 MG Road, Pune",
            ["Store:MapsUrl"] = "https://maps.example.test/kapoor",
            ["Store:Phone"] = "+91 20 4000 1234",
            ["Store:OpeningHours:Daily"] = "10:00-21:00",
            ["Store:OpeningHours:Sun"] = "closed",
            ["Store:ReturnPolicy"] = "Exchange within 7 days with the bill; no cash refunds.",
        };
        App = await BotApp.StartAsync(db, _twilio, settings, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Noon)));
        _client = App.CreateClient();
        Chat = new ChatSession(App, _twilio, _client);
        await App.ExecuteAsync(d =>
        {
            var now = Noon.UtcDateTime;
            d.Staff.Add(new StaffMember { Phone = StaffPhone, Name = "Ramesh", AddedAt = now });
            var kurta = new Product { Name = "Kurta", Key = "kurta", CreatedAt = now };
            kurta.Variants.Add(new ProductVariant { Color = "blue", Size = "M", StockQuantity = 3, Price = 1299m, UpdatedAt = now });
            var saree = new Product { Name = "Saree", Key = "saree", CreatedAt = now };
            saree.Variants.Add(new ProductVariant { Color = "red", StockQuantity = 0, Price = 3450m, UpdatedAt = now });
            d.Products.AddRange(kurta, saree);
            return Task.CompletedTask;
        });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await App.DisposeAsync();
        _twilio.Dispose();
    }
}

public sealed class SqliteTablesFixture() : TablesFixture(Db.Sqlite);

public sealed class PostgresTablesFixture() : TablesFixture(Db.Postgres);

/// <summary>A row's own numbers: the sender (a shopper's own number, or the staff member's or owner's), and a customer the row's command is about.</summary>
public sealed class RowContext(BotApp app, ConversationRow row)
{
    public BotApp App => app;

    public string Sender { get; } = row.Role switch
    {
        Role.Staff => TablesFixture.StaffPhone,
        Role.Owner => TablesFixture.Owner,
        _ => $"+9198710{row.Index:D5}",
    };

    /// <summary>The customer a staff or owner row names, E.164.</summary>
    public string Customer { get; } = $"+9198720{row.Index:D5}";

    /// <summary>Filled in by a row's seed: a complaint or staff member the message refers to.</summary>
    public int Id { get; set; }

    /// <summary>"{c}" is the customer's number as staff type it, "{id}" the seeded id.</summary>
    public string Fill(string text) => text
        .Replace("{c}", $"{Customer[3..8]} {Customer[8..]}", StringComparison.Ordinal)
        .Replace("{id}", Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public Task<Customer?> SenderCustomerAsync() => app.QueryAsync(d => d.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Phone == Sender));

    public Task<Customer?> NamedCustomerAsync() => app.QueryAsync(d => d.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Phone == Customer));
}

/// <param name="Expect">A part of the reply; "{c}" and "{id}" as in the message.</param>
public sealed record ConversationRow(
    int Index,
    Role Role,
    string Language,
    string Intent,
    string Text,
    string Expect,
    Func<Persistence.CrmDbContext, RowContext, Task>? Seed = null,
    Func<RowContext, Task>? Check = null)
{
    public string Id => $"{Index:D3} {Role} {Intent} ({Language}): {Text}";
}

/// <summary>The table itself: each intent in English, Hinglish and Devanagari, for each role that may use it.</summary>
public static class ConversationTable
{
    private const string En = "English";
    private const string Hinglish = "Hinglish";
    private const string Hindi = "Devanagari";

    public static readonly IReadOnlyList<ConversationRow> All = Build();

    public static ConversationRow Find(string id) => All.Single(r => r.Id == id);

    private static List<ConversationRow> Build()
    {
        var rows = new List<(Role Role, string Language, string Intent, string Text, string Expect, Func<Persistence.CrmDbContext, RowContext, Task>? Seed, Func<RowContext, Task>? Check)>();

        void Add(Role role, string intent, string language, string text, string expect,
            Func<Persistence.CrmDbContext, RowContext, Task>? seed = null, Func<RowContext, Task>? check = null) =>
            rows.Add((role, language, intent, text, expect, seed, check));

        void Shopper(string intent, string language, string text, string expect,
            Func<Persistence.CrmDbContext, RowContext, Task>? seed = null, Func<RowContext, Task>? check = null) =>
            Add(Role.Shopper, intent, language, text, expect, seed, check);

        // Shoppers
        Shopper(Intents.Greeting, En, "hi", "Hi Priya! Welcome to Kapoor Fashions");
        Shopper(Intents.Greeting, Hinglish, "namaste ji", "Welcome to Kapoor Fashions");
        Shopper(Intents.Greeting, Hindi, "नमस्ते", "Kapoor Fashions में आपका स्वागत है");

        Shopper(Intents.Help, En, "help", "You can ask me");
        Shopper(Intents.Help, Hinglish, "kya kya kar sakte ho", "You can ask me");
        Shopper(Intents.Help, Hindi, "आप क्या क्या कर सकते हो?", "आप मुझसे ये पूछ सकते हैं");

        Shopper(Intents.SmallTalk, En, "thanks", "You're welcome");
        Shopper(Intents.SmallTalk, Hinglish, "ok bye", "Bye!");
        Shopper(Intents.SmallTalk, Hindi, "धन्यवाद", "कोई बात नहीं");
        Shopper(Intents.SmallTalk, En, "are you a bot?", "a bot");

        Shopper(Intents.ProductInquiry, En, "do you have the blue kurta in M?", "Blue Kurta (size M) is in stock at ₹1,299", check: ChatInquiryLogged);
        Shopper(Intents.ProductInquiry, Hinglish, "neela kurta M size milega?", "Blue Kurta (size M) is in stock at ₹1,299", check: ChatInquiryLogged);
        Shopper(Intents.ProductInquiry, Hindi, "क्या नीला कुर्ता M साइज़ में है?", "Blue Kurta (size M) स्टॉक में है, कीमत ₹1,299", check: ChatInquiryLogged);
        Shopper(Intents.ProductInquiry, En, "hw much is the red saree", "Red Saree is ₹3,450, but it's out of stock right now");

        Shopper(Intents.StockAlertRequest, En, "notify me when the red saree is back", "as soon as Red Saree is back in stock", check: AlertWaiting("saree", "red"));
        Shopper(Intents.StockAlertRequest, Hinglish, "jab lal saree aaye to batana", "as soon as Red Saree is back in stock", check: AlertWaiting("saree", "red"));
        Shopper(Intents.StockAlertRequest, Hindi, "लाल साड़ी वापस आए तो मुझे बताना", "Red Saree स्टॉक में वापस आते ही", check: AlertWaiting("saree", "red"));

        Shopper(Intents.StockAlertCancel, En, "cancel my saree alert", "Cancelled your alert for Red Saree", SeedAlert, AlertCancelled);
        Shopper(Intents.StockAlertCancel, Hinglish, "saree ka alert band kar do", "Cancelled your alert for Red Saree", SeedAlert, AlertCancelled);
        Shopper(Intents.StockAlertCancel, Hindi, "साड़ी का अलर्ट बंद करो", "Red Saree के लिए आपका अलर्ट बंद कर दिया गया है", SeedAlert, AlertCancelled);

        Shopper(Intents.OfferInquiry, En, "any discount going on?", "Reply \"send me offers\"", check: NoMarketingConsent);
        Shopper(Intents.OfferInquiry, Hinglish, "koi offer chal raha hai kya", "Reply \"send me offers\"", check: NoMarketingConsent);
        Shopper(Intents.OfferInquiry, Hindi, "कोई ऑफर है क्या?", "अभी आपके लिए कोई ऑफर नहीं चल रहा है", check: NoMarketingConsent);

        Shopper(Intents.LoyaltyBalance, En, "how many points do I have", "You have 12 points, Priya", SeedPurchase);
        Shopper(Intents.LoyaltyBalance, Hinglish, "mere points kitne hain", "You have 12 points, Priya", SeedPurchase);
        Shopper(Intents.LoyaltyBalance, Hindi, "मेरे पॉइंट्स कितने हैं?", "आपके पास 12 पॉइंट्स हैं", SeedPurchase);

        Shopper(Intents.PurchaseHistory, En, "what did I buy last time", "Blue Kurta – ₹1,299", SeedPurchase);
        Shopper(Intents.PurchaseHistory, Hinglish, "maine pichli baar kya liya tha", "Blue Kurta – ₹1,299", SeedPurchase);
        Shopper(Intents.PurchaseHistory, Hindi, "मैंने पिछली बार क्या खरीदा था?", "आपकी हाल की खरीदारी", SeedPurchase);

        Shopper(Intents.StoreInfo, En, "where is your shop", "Kapoor Fashions is at 12 MG Road, Pune.\nMap: https://maps.example.test/kapoor");
        Shopper(Intents.StoreInfo, Hinglish, "dukan kab khulti hai", "We're open now, until 9 pm today.");
        Shopper(Intents.StoreInfo, Hindi, "दुकान कहाँ है?", "Kapoor Fashions का पता: 12 MG Road, Pune");
        Shopper(Intents.StoreInfo, En, "what is the shop's phone number?", "You can call us on +91 20 4000 1234.");

        Shopper(Intents.HumanHandoff, En, "I want to talk to a person", "someone will reply here shortly", check: TeamToldAboutSender);
        Shopper(Intents.HumanHandoff, Hinglish, "kisi insaan se baat karao", "someone will reply here shortly", check: TeamToldAboutSender);
        Shopper(Intents.HumanHandoff, Hindi, "किसी इंसान से बात कराओ", "जल्द ही कोई यहाँ आपको जवाब देगा", check: TeamToldAboutSender);

        Shopper(Intents.Complaint, En, "the zip broke after one day", "logged it as complaint #", check: ComplaintOpen("zip broke"));
        Shopper(Intents.Complaint, Hinglish, "kurta ki silai pehli dhulai mein nikal gayi", "logged it as complaint #", check: ComplaintOpen("silai"));
        Shopper(Intents.Complaint, Hindi, "साड़ी का रंग पहली धुलाई में ही उतर गया", "शिकायत #", check: ComplaintOpen("रंग"));

        Shopper(Intents.ReturnRequest, En, "I want to return it", "Our return policy: Exchange within 7 days with the bill", check: ReturnRequestOpen);
        Shopper(Intents.ReturnRequest, Hinglish, "ye wapas karna hai, size chhota hai", "request #", check: ReturnRequestOpen);
        Shopper(Intents.ReturnRequest, Hindi, "मुझे यह बदलना है", "हमारी रिटर्न पॉलिसी: Exchange within 7 days", check: ReturnRequestOpen);

        Shopper(Intents.FeedbackRating, En, "5 stars", "We're glad you liked it", check: Rated(5));
        Shopper(Intents.FeedbackRating, Hinglish, "ekdum mast service, 4/5", "We're glad you liked it", check: Rated(4));
        Shopper(Intents.FeedbackRating, Hindi, "5 स्टार", "खुशी है कि आपको पसंद आया", check: Rated(5));

        Shopper(Intents.OptOut, En, "please stop messaging me", "You're unsubscribed", check: OptedOut);
        Shopper(Intents.OptOut, Hinglish, "mujhe msg mat bhejo", "You're unsubscribed", check: OptedOut);
        Shopper(Intents.OptOut, Hindi, "मुझे मैसेज मत भेजो", "मैसेज आपके लिए बंद कर दिए गए हैं", check: OptedOut);

        Shopper(Intents.OptIn, En, "send me offers", "You're subscribed to offers", check: MarketingConsent);
        Shopper(Intents.OptIn, Hinglish, "mujhe offers bhejo", "You're subscribed to offers", check: MarketingConsent);
        Shopper(Intents.OptIn, Hindi, "मुझे ऑफर भेजो", "ऑफर मिलते रहेंगे", check: MarketingConsent);

        Shopper(Intents.Unknown, En, "what's the weather today", "Sorry, I didn't catch that");
        Shopper(Intents.Unknown, Hinglish, "aaj mausam kaisa hai", "Sorry, I didn't catch that");
        Shopper(Intents.Unknown, Hindi, "आज मौसम कैसा है", "बात समझ नहीं आई");

        // A shopper typing staff commands records nothing and learns nothing.
        Shopper(Intents.Unknown, En, "sale 9876543210 2499 shoes", "Sorry, I didn't catch that", check: NoSale);
        Shopper(Intents.Unknown, Hinglish, "aaj ka hisaab", "Sorry, I didn't catch that");

        // Staff (the owner can do all of it too)
        foreach (var role in (Role[])[Role.Staff, Role.Owner])
        {
            Add(role, Intents.LogInquiry, En, "inquiry {c} blue kurta M follow up friday", "Inquiry logged", check: StaffInquiryLogged);
            Add(role, Intents.LogInquiry, Hinglish, "{c} ne lal saree poocha, kal call karna", "Inquiry logged", check: StaffInquiryLogged);
            Add(role, Intents.LogInquiry, Hindi, "इन्क्वायरी {c} नीला कुर्ता, कल फॉलो अप", "Inquiry logged", check: StaffInquiryLogged);

            Add(role, Intents.LogSale, En, "sale {c} 2499 shoes", "Sale logged: ₹2,499", check: Sold(2499m));
            Add(role, Intents.LogSale, Hinglish, "{c} ne 2 jeans liye 2800 me", "Sale logged: ₹2,800", check: Sold(2800m));
            Add(role, Intents.LogSale, Hindi, "बिक्री {c} ₹1500 कुर्ता", "Sale logged: ₹1,500", check: Sold(1500m));

            Add(role, Intents.StockArrival, En, "restock white shirt size L qty 6", "Stock updated: White Shirt (size L) +6", check: InStock("shirt"));
            Add(role, Intents.StockArrival, Hinglish, "naya maal aaya: 12 black belt", "Stock updated: Black Belt +12", check: InStock("belt"));
            Add(role, Intents.StockArrival, Hindi, "नया माल आया हरा दुपट्टा 5 पीस", "Stock updated: Green Dupatta +5", check: InStock("dupatta"));

            Add(role, Intents.CustomerLookup, En, "who is {c}", "Customer since", SeedNamedCustomer);
            Add(role, Intents.CustomerLookup, Hinglish, "{c} ka record dikhao", "Customer since", SeedNamedCustomer);
            Add(role, Intents.CustomerLookup, Hindi, "ग्राहक {c} की जानकारी दिखाओ", "Customer since", SeedNamedCustomer);

            Add(role, Intents.AddNote, En, "note {c} prefers cotton", "Note saved", check: Noted("prefers cotton"));
            Add(role, Intents.AddNote, Hinglish, "{c} ke liye note: shaadi december mein hai", "Note saved", check: Noted("shaadi december"));
            Add(role, Intents.AddNote, Hindi, "नोट {c} कॉटन पसंद है", "Note saved", check: Noted("कॉटन"));

            Add(role, Intents.LogComplaint, En, "complaint {c} zip broken", "logged for", check: NamedComplaint("zip broken"));
            Add(role, Intents.LogComplaint, Hinglish, "shikayat {c} colour utar gaya", "logged for", check: NamedComplaint("colour utar gaya"));
            Add(role, Intents.LogComplaint, Hindi, "शिकायत {c} चेन टूट गई", "logged for", check: NamedComplaint("चेन टूट गई"));

            Add(role, Intents.ResolveComplaint, En, "resolve complaint {id}", "Complaint #{id} is resolved", SeedComplaint, ComplaintResolved);
            Add(role, Intents.ResolveComplaint, Hinglish, "complaint {id} close kar do", "Complaint #{id} is resolved", SeedComplaint, ComplaintResolved);
            Add(role, Intents.ResolveComplaint, Hindi, "शिकायत {id} हल हो गई", "Complaint #{id} is resolved", SeedComplaint, ComplaintResolved);

            Add(role, Intents.MyFollowups, En, "my followups", "ollow-ups");
            Add(role, Intents.MyFollowups, Hinglish, "aaj kisko call karna hai", "ollow-ups");
            Add(role, Intents.MyFollowups, Hindi, "मेरे फॉलो अप दिखाओ", "ollow-ups");

            Add(role, Intents.DailySummary, En, "summary today", "Today at Kapoor Fashions");
            Add(role, Intents.DailySummary, Hinglish, "aaj ka hisaab", "Today at Kapoor Fashions");
            Add(role, Intents.DailySummary, Hindi, "आज का हिसाब बताओ", "Today at Kapoor Fashions");

            Add(role, Intents.StaffReply, En, "reply {c} yes we have it in M", "Sent to", check: Told("yes we have it in M"));
            Add(role, Intents.StaffReply, Hinglish, "{c} ko bolo kal aa jaye", "Sent to", check: Told("kal aa jaye"));
            Add(role, Intents.StaffReply, Hindi, "जवाब {c} हाँ, M साइज़ है", "Sent to", check: Told("हाँ, M साइज़ है"));

            // The shopper intents staff and owners use too.
            var hello = role == Role.Owner ? "You're the owner of Kapoor Fashions" : "Hi Ramesh!";
            Add(role, Intents.Greeting, En, "good morning", hello);
            Add(role, Intents.Greeting, Hinglish, "namaste", hello);
            Add(role, Intents.Greeting, Hindi, "नमस्ते", role == Role.Owner ? "Kapoor Fashions के मालिक" : "नमस्ते Ramesh जी!");
            var commands = role == Role.Owner ? "owner commands" : "staff commands";
            Add(role, Intents.Help, En, "help", commands);
            Add(role, Intents.Help, Hinglish, "commands kya hain", commands);
            Add(role, Intents.Help, Hindi, "मदद", role == Role.Owner ? "Kapoor Fashions मालिक के कमांड" : "Kapoor Fashions स्टाफ के कमांड");
            Add(role, Intents.SmallTalk, En, "ok thanks", "You're welcome");
            Add(role, Intents.SmallTalk, Hinglish, "theek hai", "👍");
            Add(role, Intents.SmallTalk, Hindi, "धन्यवाद", "कोई बात नहीं");
            Add(role, Intents.ProductInquiry, En, "do we have blue kurta in M?", "in stock at ₹1,299");
            Add(role, Intents.ProductInquiry, Hinglish, "blue kurta M size ka stock hai?", "in stock at ₹1,299");
            Add(role, Intents.ProductInquiry, Hindi, "नीला कुर्ता M साइज़ में है?", "स्टॉक में है, कीमत ₹1,299");
            Add(role, Intents.StoreInfo, En, "when does the shop close?", "until 9 pm today");
            Add(role, Intents.StoreInfo, Hinglish, "dukan kab band hoti hai", "until 9 pm today");
            Add(role, Intents.StoreInfo, Hindi, "दुकान का पता क्या है?", "12 MG Road, Pune");
            Add(role, Intents.Unknown, En, "what's the weather today", "Sorry, I didn't catch that");
            Add(role, Intents.Unknown, Hinglish, "aaj mausam kaisa hai", "Sorry, I didn't catch that");
            Add(role, Intents.Unknown, Hindi, "आज मौसम कैसा है", "बात समझ नहीं आई");
        }

        // Owners only; staff who ask are told whose command it is.
        Add(Role.Owner, Intents.TopCustomers, En, "top customers this month", "Top customers (this month)", SeedNamedCustomer);
        Add(Role.Owner, Intents.TopCustomers, Hinglish, "sabse zyada kharidne wale kaun hain", "Top customers", SeedNamedCustomer);
        Add(Role.Owner, Intents.TopCustomers, Hindi, "सबसे ज़्यादा खरीदने वाले ग्राहक दिखाओ", "Top customers", SeedNamedCustomer);

        Add(Role.Owner, Intents.InactiveCustomers, En, "who hasn't visited in a while", "days");
        Add(Role.Owner, Intents.InactiveCustomers, Hinglish, "kaun log bahut din se nahi aaye", "days");
        Add(Role.Owner, Intents.InactiveCustomers, Hindi, "कौन से ग्राहक बहुत दिन से नहीं आए", "days");

        Add(Role.Owner, Intents.SendOffer, En, "offer all 10% off on new arrivals", "will get: \"10% off on new arrivals\"", SeedOfferAudience, OfferDrafted);
        Add(Role.Owner, Intents.SendOffer, Hinglish, "sabko offer bhejo - diwali sale 20% off", "will get: \"diwali sale 20% off\"", SeedOfferAudience, OfferDrafted);
        Add(Role.Owner, Intents.SendOffer, Hindi, "सबको ऑफर भेजो: दिवाली पर 15% छूट", "will get: \"दिवाली पर 15% छूट\"", SeedOfferAudience, OfferDrafted);
        Add(Role.Owner, Intents.SendOffer, En, "send offer", "Who should get the offer", check: NoOfferYet);

        Add(Role.Owner, Intents.AddStaff, En, "add Sunita {c} as staff", "Added Sunita", check: StaffAdded);
        Add(Role.Owner, Intents.AddStaff, Hinglish, "Sunita {c} ko staff banao", "Added Sunita", check: StaffAdded);
        Add(Role.Owner, Intents.AddStaff, Hindi, "सुनीता {c} को स्टाफ में जोड़ो", "as staff", check: StaffAdded);

        Add(Role.Owner, Intents.RemoveStaff, En, "remove staff {c}", "Removed Geeta", SeedStaff, StaffRemoved);
        Add(Role.Owner, Intents.RemoveStaff, Hinglish, "{c} ko staff se hatao", "Removed Geeta", SeedStaff, StaffRemoved);
        Add(Role.Owner, Intents.RemoveStaff, Hindi, "{c} को स्टाफ से हटाओ", "Removed Geeta", SeedStaff, StaffRemoved);

        Add(Role.Owner, Intents.StaffList, En, "staff list", "• Ramesh (+91 91234 09876)");
        Add(Role.Owner, Intents.StaffList, Hinglish, "mere staff kaun kaun hain", "• Ramesh (+91 91234 09876)");
        Add(Role.Owner, Intents.StaffList, Hindi, "स्टाफ की लिस्ट दिखाओ", "• Ramesh (+91 91234 09876)");

        Add(Role.Staff, Intents.Unknown, En, "offer vip 10% off on new arrivals", "That one is for owners (send an offer to customers)", check: NoOfferYet);
        Add(Role.Staff, Intents.Unknown, Hinglish, "top customers dikhao", "That one is for owners (see the top customers)");
        Add(Role.Staff, Intents.Unknown, En, "staff list", "That one is for owners (see the staff list)");
        Add(Role.Staff, Intents.Unknown, En, "how many points do I have", "Sorry, I didn't catch that");

        // Last, since they change what the team is sent: staff and owners can opt out and back in like anyone.
        foreach (var role in (Role[])[Role.Staff, Role.Owner])
        {
            Add(role, Intents.OptOut, En, "please stop messaging me", "You're unsubscribed", check: SenderOptedOut(true));
            Add(role, Intents.OptIn, En, "start sending messages again", "You'll get messages from Kapoor Fashions again", check: SenderOptedOut(false));
            Add(role, Intents.OptOut, Hinglish, "mujhe msg mat bhejo", "You're unsubscribed", check: SenderOptedOut(true));
            Add(role, Intents.OptIn, Hinglish, "msg dobara bhejna shuru karo", "You'll get messages from Kapoor Fashions again", check: SenderOptedOut(false));
            Add(role, Intents.OptOut, Hindi, "मुझे मैसेज मत भेजो", "मैसेज आपके लिए बंद कर दिए गए हैं", check: SenderOptedOut(true));
            Add(role, Intents.OptIn, Hindi, "मैसेज फिर से शुरू करो", "मैसेज फिर से मिलेंगे", check: SenderOptedOut(false));
        }

        return rows.Select((r, i) => new ConversationRow(i + 1, r.Role, r.Language, r.Intent, r.Text, r.Expect, r.Seed, r.Check)).ToList();
    }

    // Seeds

    private static Task SeedAlert(Persistence.CrmDbContext d, RowContext row)
    {
        var customer = new Customer { Phone = row.Sender, Name = "Priya", CreatedAt = DateTime.UtcNow };
        d.StockAlerts.Add(new StockAlert { Customer = customer, ProductKey = "saree", ProductName = "Red Saree", Color = "red", CreatedAt = DateTime.UtcNow });
        return Task.CompletedTask;
    }

    private static Task SeedPurchase(Persistence.CrmDbContext d, RowContext row)
    {
        var customer = new Customer { Phone = row.Sender, Name = "Priya", CreatedAt = DateTime.UtcNow.AddDays(-10), LoyaltyPoints = 12 };
        d.Purchases.Add(new Purchase { Customer = customer, Amount = 1299m, Items = "Blue Kurta", PointsEarned = 12, PurchasedAt = DateTime.UtcNow.AddDays(-3) });
        return Task.CompletedTask;
    }

    private static Task SeedNamedCustomer(Persistence.CrmDbContext d, RowContext row)
    {
        var customer = new Customer { Phone = row.Customer, Name = "Anita", CreatedAt = TablesFixture.Noon.UtcDateTime.AddDays(-20) };
        d.Purchases.Add(new Purchase { Customer = customer, Amount = 50000m, Items = "Lehenga", PointsEarned = 500, PurchasedAt = TablesFixture.Noon.UtcDateTime.AddDays(-2) });
        return Task.CompletedTask;
    }

    private static async Task SeedComplaint(Persistence.CrmDbContext d, RowContext row)
    {
        var complaint = new Complaint
        {
            Customer = new Customer { Phone = row.Customer, CreatedAt = DateTime.UtcNow },
            Text = "button missing",
            Source = ComplaintSource.Staff,
            CreatedAt = DateTime.UtcNow,
        };
        d.Complaints.Add(complaint);
        await d.SaveChangesAsync();
        row.Id = complaint.Id;
    }

    private static Task SeedOfferAudience(Persistence.CrmDbContext d, RowContext row)
    {
        d.Customers.Add(new Customer { Phone = row.Customer, CreatedAt = DateTime.UtcNow, MarketingConsentAt = DateTime.UtcNow });
        return Task.CompletedTask;
    }

    private static Task SeedStaff(Persistence.CrmDbContext d, RowContext row)
    {
        d.Staff.Add(new StaffMember { Phone = row.Customer, Name = "Geeta", AddedAt = DateTime.UtcNow });
        return Task.CompletedTask;
    }

    // Checks

    private static async Task ChatInquiryLogged(RowContext row) =>
        Assert.True(await row.App.QueryAsync(d => d.Inquiries.AnyAsync(i => i.Customer!.Phone == row.Sender && i.Source == InquirySource.Chat && i.ProductKey == "kurta")));

    private static Func<RowContext, Task> AlertWaiting(string key, string color) => async row =>
    {
        var alert = await row.App.QueryAsync(d => d.StockAlerts.AsNoTracking().SingleAsync(a => a.Customer!.Phone == row.Sender));
        Assert.Equal((key, color, StockAlertStatus.Waiting), (alert.ProductKey, alert.Color, alert.Status));
    };

    private static async Task AlertCancelled(RowContext row) =>
        Assert.Equal(StockAlertStatus.Cancelled, await row.App.QueryAsync(d => d.StockAlerts.Where(a => a.Customer!.Phone == row.Sender).Select(a => a.Status).SingleAsync()));

    private static async Task NoMarketingConsent(RowContext row) => Assert.Null((await row.SenderCustomerAsync())!.MarketingConsentAt);

    private static async Task MarketingConsent(RowContext row) => Assert.NotNull((await row.SenderCustomerAsync())!.MarketingConsentAt);

    private static async Task OptedOut(RowContext row) => Assert.NotNull((await row.SenderCustomerAsync())!.OptedOutAt);

    /// <summary>Staff and owners are no customers: their consent is the last change recorded for their number.</summary>
    private static Func<RowContext, Task> SenderOptedOut(bool optedOut) => async row =>
        Assert.Equal(optedOut ? ConsentChange.OptOut : ConsentChange.OptIn,
            await row.App.QueryAsync(d => d.ConsentEvents.Where(e => e.Phone == row.Sender).OrderByDescending(e => e.Id).Select(e => e.Change).FirstAsync()));

    private static async Task TeamToldAboutSender(RowContext row)
    {
        var number = Core.Phones.PhoneNumberNormalizer.Display(row.Sender);
        Assert.True(await row.App.QueryAsync(d => d.OutboundMessages.AnyAsync(m => m.ToPhone == TablesFixture.StaffPhone && m.Body.Contains(number))),
            $"the staff were not told about {number}");
    }

    private static Func<RowContext, Task> ComplaintOpen(string words) => async row =>
    {
        var complaint = await row.App.QueryAsync(d => d.Complaints.AsNoTracking().SingleAsync(c => c.Customer!.Phone == row.Sender));
        Assert.Equal(ComplaintStatus.Open, complaint.Status);
        Assert.Contains(words, complaint.Text, StringComparison.Ordinal);
    };

    private static async Task ReturnRequestOpen(RowContext row)
    {
        var requests = await row.App.QueryAsync(d => d.Inquiries.Where(i => i.Customer!.Phone == row.Sender).Select(i => new { i.Source, i.Status }).ToListAsync());
        Assert.Equal([(InquirySource.ReturnRequest, InquiryStatus.Open)], requests.Select(r => (r.Source, r.Status)));
        Assert.False(await row.App.QueryAsync(d => d.Complaints.AnyAsync(c => c.Customer!.Phone == row.Sender)));
    }

    private static Func<RowContext, Task> Rated(int stars) => async row =>
        Assert.Equal(stars, await row.App.QueryAsync(d => d.Feedback.Where(f => f.Customer!.Phone == row.Sender).Select(f => f.Rating).SingleAsync()));

    private static async Task NoSale(RowContext row) =>
        Assert.False(await row.App.QueryAsync(d => d.Purchases.AnyAsync(p => p.Customer!.Phone == "+919876543210")));

    private static async Task StaffInquiryLogged(RowContext row) =>
        Assert.True(await row.App.QueryAsync(d => d.Inquiries.AnyAsync(i => i.Customer!.Phone == row.Customer && i.Source == InquirySource.Staff)));

    private static Func<RowContext, Task> Sold(decimal amount) => async row =>
        Assert.Equal(amount, await row.App.QueryAsync(d => d.Purchases.Where(p => p.Customer!.Phone == row.Customer).Select(p => p.Amount).SingleAsync()));

    private static Func<RowContext, Task> InStock(string key) => async row =>
        Assert.True(await row.App.QueryAsync(d => d.Products.AnyAsync(p => p.Key == key && p.Variants.Any(v => v.StockQuantity > 0))));

    private static Func<RowContext, Task> Noted(string words) => async row =>
        Assert.Contains(words, await row.App.QueryAsync(d => d.CustomerNotes.Where(n => n.Customer!.Phone == row.Customer).Select(n => n.Text).SingleAsync()), StringComparison.Ordinal);

    private static Func<RowContext, Task> NamedComplaint(string words) => async row =>
        Assert.Contains(words, await row.App.QueryAsync(d => d.Complaints.Where(c => c.Customer!.Phone == row.Customer).Select(c => c.Text).SingleAsync()), StringComparison.Ordinal);

    private static async Task ComplaintResolved(RowContext row) =>
        Assert.Equal(ComplaintStatus.Resolved, await row.App.QueryAsync(d => d.Complaints.Where(c => c.Id == row.Id).Select(c => c.Status).SingleAsync()));

    private static Func<RowContext, Task> Told(string words) => async row =>
        Assert.True(await row.App.QueryAsync(d => d.OutboundMessages.AnyAsync(m => m.ToPhone == row.Customer && m.Body.Contains(words))));

    private static async Task OfferDrafted(RowContext row) =>
        Assert.True(await row.App.QueryAsync(d => d.Campaigns.AnyAsync(c => c.Status == Core.Campaigns.CampaignStatus.AwaitingConfirmation)));

    private static async Task NoOfferYet(RowContext row) =>
        Assert.Null((await row.NamedCustomerAsync())?.MarketingConsentAt);

    private static async Task StaffAdded(RowContext row) =>
        Assert.True(await row.App.QueryAsync(d => d.Staff.AnyAsync(s => s.Phone == row.Customer && s.IsActive)));

    private static async Task StaffRemoved(RowContext row) =>
        Assert.False(await row.App.QueryAsync(d => d.Staff.Where(s => s.Phone == row.Customer).Select(s => s.IsActive).SingleAsync()));
}
