using System.Text.Json;
using Microsoft.Playwright;
using RetailCrm.Bot.Channels.Sandbox.Emulator;
using RetailCrm.Bot.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace RetailCrm.Bot.IntegrationTests.Emulator;

/// <summary>The built app in sandbox mode on a real socket, and one headless Chromium, shared by the page tests.</summary>
public sealed class EmulatorPageFixture : IAsyncLifetime
{
    public RealBot Bot { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        // A bot turn on a busy CI machine can take longer than Playwright's 5-second default.
        SetDefaultExpectTimeout(30_000);
        var chromium = Chromium.ExecutablePath(); // before anything starts: without it, fail saying how to get it
        var bot = RealBot.StartAsync();
        try
        {
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
        }
        finally
        {
            Bot = await bot;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }
    }

    public async Task<IPage> OpenEmulatorAsync()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(Bot.BaseUrl + EmulatorApi.Path);
        return page;
    }
}

/// <summary>
/// The emulator page in a real browser, as a developer uses it: pick who you are, chat, and watch every message the
/// bot sends appear live, proactive ones included.
/// </summary>
public sealed class EmulatorPageTests(EmulatorPageFixture fixture, ITestOutputHelper output) : IClassFixture<EmulatorPageFixture>
{
    private const string Owner = "+91 90000 00001"; // TestSettings.OwnerPhone as the page shows it
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_red_saree_story_plays_out_with_all_three_roles_and_the_stock_alert_appears_live()
    {
        var page = await fixture.OpenEmulatorAsync();
        var feed = page.GetByRole(AriaRole.Log, new() { Name = "Outbound messages" });
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Live" })).ToBeVisibleAsync();

        // The shopper, on WhatsApp.
        await page.GetByLabel("Phone number").FillAsync("98765 43210");
        await page.GetByLabel("WhatsApp name").FillAsync("Priya");
        await SayAsync(page, "do you have a red saree?", "Sorry, we don't have Red Saree right now.");
        await SayAsync(page, "notify me when it's back", "I'll message you here as soon as Red Saree is back in stock.");

        // The owner (a configured owner phone) adds staff; the welcome goes out to the new staff member by SMS.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Owner", Exact = true }).CheckAsync();
        await page.GetByLabel("Owner number").SelectOptionAsync(new SelectOptionValue { Label = Owner });
        await SayAsync(page, "add Ramesh 91234 09876 as staff", "Added Ramesh (+91 91234 09876) as staff. I've sent them a welcome message.");
        var welcome = feed.GetByRole(AriaRole.Article).Filter(new() { HasText = "you've been added as staff" });
        await Expect(welcome).ToContainTextAsync("To +91 91234 09876");
        await Expect(welcome).ToContainTextAsync("SMS");

        // The new staff member, now offered on the page, logs the arrival by SMS.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Staff", Exact = true }).CheckAsync();
        await page.GetByLabel("Staff member").SelectOptionAsync(new SelectOptionValue { Label = "Ramesh · +91 91234 09876" });
        await page.GetByRole(AriaRole.Radio, new() { Name = "SMS", Exact = true }).CheckAsync();
        await SayAsync(page, "arrived red saree x 5 rs 3450",
            "Stock updated: Red Saree +5 (now 5) at ₹3,450. 1 customer who was waiting for it has been alerted.");

        // Nobody asked the page for it: the shopper's alert arrives through the live feed.
        var alert = feed.GetByRole(AriaRole.Article).Filter(new() { HasText = "Good news, Priya! The Red Saree you asked us about is back in stock" });
        await Expect(alert).ToContainTextAsync("To +91 98765 43210");
        await Expect(alert).ToContainTextAsync("WhatsApp");
        await Expect(alert).ToContainTextAsync("stock_alert");

        // The owner's summary counts it.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Owner", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "WhatsApp", Exact = true }).CheckAsync();
        await SayAsync(page, "summary", "Stock alerts: 0 waiting, 1 sent");
        // The owner's earlier exchange is still there: each phone keeps its own conversation.
        await Expect(Conversation(page)).ToContainTextAsync("add Ramesh 91234 09876 as staff");

        var screenshot = ScreenshotPath("red-saree-story.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");
    }

    [Fact]
    public async Task A_template_shows_as_whatsapp_shows_it_and_message_text_is_never_markup()
    {
        // What the feed would send for an offer that went out as an approved template with buttons. No template the bot
        // ships has buttons yet, so this one is made here, in the shape the app serializes.
        var offer = new FeedMessage(
            1, "+919812345678", "+91 98123 45678", "WhatsApp", "offer",
            "Hi Asha, a special offer just for you: *Diwali* sale <img src=x onerror=\"document.title='owned'\">. Reply STOP to opt out.",
            DateTimeOffset.UtcNow,
            new FeedTemplate("retailcrm_offer", "HX0123456789abcdef0123456789abcdef", "marketing",
                [new FeedButton("Yes, hold one for me", "quick_reply"), new FeedButton("Visit our website", "url")]));
        var page = await fixture.Browser.NewPageAsync();
        await page.RouteAsync("**" + EmulatorApi.Path + "/feed", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/event-stream",
            Body = $"event: outbound\nid: test-1\ndata: {JsonSerializer.Serialize(offer, Json)}\n\n",
        }));
        await page.GotoAsync(fixture.Bot.BaseUrl + EmulatorApi.Path);

        var message = page.GetByRole(AriaRole.Log, new() { Name = "Outbound messages" }).GetByRole(AriaRole.Article);
        await Expect(message).ToHaveCountAsync(1);
        await Expect(message).ToContainTextAsync("Template retailcrm_offer");
        await Expect(message).ToContainTextAsync("sale <img src=x onerror=\"document.title='owned'\">.");
        await Expect(message.Locator("img")).ToHaveCountAsync(0);
        await Expect(message.Locator("strong")).ToHaveTextAsync("Diwali");
        await Expect(message.GetByRole(AriaRole.Button, new() { Name = "Visit our website" })).ToBeDisabledAsync();

        // Tapping a quick reply answers from the phone that got the message, as on WhatsApp.
        await message.GetByRole(AriaRole.Button, new() { Name = "Yes, hold one for me" }).ClickAsync();
        await Expect(page.GetByText("Chatting as +919812345678 (shopper) on WhatsApp")).ToBeVisibleAsync();
        await Expect(Conversation(page).GetByRole(AriaRole.Listitem).First).ToHaveTextAsync("You: Yes, hold one for me");
        await Expect(Conversation(page).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        Assert.NotEqual("owned", await page.TitleAsync());
    }

    private static ILocator Conversation(IPage page) => page.GetByRole(AriaRole.Log, new() { Name = "Conversation" });

    /// <summary>Sends <paramref name="text"/> as whoever the page is set to, and waits for the bot's reply to show.</summary>
    private static async Task SayAsync(IPage page, string text, string expectedReply)
    {
        var before = await Conversation(page).GetByRole(AriaRole.Listitem).CountAsync();
        await page.GetByLabel("Message", new() { Exact = true }).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        var reply = Conversation(page).GetByRole(AriaRole.Listitem).Nth(before + 1);
        await Expect(reply).ToContainTextAsync(expectedReply);
        await Expect(reply).ToContainTextAsync("Bot:");
    }

    /// <summary>Beside the solution, in TestResults/ (ignored by git), where CI keeps a test run's files.</summary>
    private static string ScreenshotPath(string file)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RetailCrm.Bot.sln")))
        {
            folder = folder.Parent;
        }

        var results = Path.Combine((folder ?? new DirectoryInfo(AppContext.BaseDirectory)).FullName, "TestResults", "emulator");
        Directory.CreateDirectory(results);
        return Path.Combine(results, file);
    }
}
