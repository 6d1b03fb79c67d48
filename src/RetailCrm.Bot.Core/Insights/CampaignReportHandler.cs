using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Insights.Charts;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>
/// "how did the diwali offer do", "offer report": the named offer's results (the latest offer when none is named, or
/// none matches), then one line for each other kind of message the bot sent customers in the last 30 days.
/// </summary>
public sealed class CampaignReportHandler(ICrmDbContext db, CampaignResults results, ReportCharts charts, StoreClock clock, StoreFormat format)
    : IIntentHandler<CampaignReportHandler>
{
    private static readonly TimeSpan OtherMessagesSince = TimeSpan.FromDays(30);

    public static IntentDefinition Definition { get; } = new(Intents.CampaignReport, Role.Owner)
    {
        Slots = [SlotRequirement.Optional(SlotTypes.Campaign)],
        HelpOrder = 8,
    };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        // Offers are few (an owner sends a handful a month), so their texts are read to find the one named.
        var sent = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Queued)
            .OrderByDescending(c => c.QueuedAt).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Text, c.Segment, c.QueuedAt })
            .ToListAsync(ct);
        var name = recognition.Get(SlotTypes.Campaign);
        var words = name?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var named = sent
            .Select(c => (Campaign: c, Matches: words.Count(w => Mentions(c.Text, w))))
            .Where(c => c.Matches > 0)
            .OrderByDescending(c => c.Matches)
            .Select(c => c.Campaign)
            .FirstOrDefault();
        var campaign = named ?? sent.FirstOrDefault();

        var lines = new List<string>();
        CountsChart? funnel = null;
        if (name is not null && named is null)
        {
            lines.Add(campaign is null ? $"No offer mentions \"{name}\"." : $"No offer mentions \"{name}\"; the latest:");
        }

        if (campaign is null)
        {
            lines.Add("No offer has been sent yet. Send one with: offer <segment> <your offer>");
        }
        else
        {
            var r = (await results.ByCampaignAsync([campaign.Id], ct)).GetValueOrDefault(campaign.Id) ?? new MessageResults(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0m);
            var to = campaign.Segment == "all" ? "all customers" : $"{campaign.Segment} customers";
            var when = campaign.QueuedAt is { } queued ? $", sent {format.Date(DateOnly.FromDateTime(clock.ToLocal(queued)))}" : "";
            lines.Add($"Offer \"{Short(campaign.Text)}\" to {to}{when}:");
            lines.Add($"Queued {r.Queued} · sent {r.Sent} · delivered {r.Delivered} · read {r.Read} · failed {r.Failed}" +
                      (r.NotSent > 0 ? $" · not sent {r.NotSent}" : ""));
            lines.Add($"Replied {r.Replied} · opted out {r.OptedOut}");
            lines.Add($"Bought within {Days(results.Window)}: {Bought(r)}");
            // The offer's own words stay in the text: they may be in a script the chart's font does not draw.
            funnel = new CountsChart($"Offer to {to}{when}", Funnel(r));
        }

        var since = clock.UtcNow - OtherMessagesSince;
        var byKind = await results.ByKindAsync(since, clock.UtcNow, ct);
        var others = CampaignResults.CustomerKinds
            .Where(k => k.Kind != CampaignService.Kind && byKind.TryGetValue(k.Kind, out var r) && r.Sent > 0)
            .Select(k => (k.Label, Results: byKind[k.Kind]))
            .ToList();
        if (others.Count > 0)
        {
            lines.Add("Other messages, last 30 days:");
            lines.AddRange(others.Select(o => $"• {o.Label}: {o.Results.Sent} sent, {o.Results.Replied} replied, {Bought(o.Results)}"));
        }

        var reply = turn.Reply(string.Join('\n', lines));
        if (funnel is not null)
        {
            charts.Attach(turn, reply, r => r.CampaignFunnel(funnel));
        }
    }

    /// <summary>The offer's messages in the order they go: queued, sent, delivered, read, then what recipients did.</summary>
    private static List<CountBar> Funnel(MessageResults r) =>
    [
        new("queued", r.Queued),
        new("sent", r.Sent),
        new("delivered", r.Delivered),
        new("read", r.Read),
        new("replied", r.Replied),
        new("bought", r.Buyers),
    ];

    private string Bought(MessageResults r) =>
        r.Purchases == 0 ? "no purchases" : $"{r.Buyers} bought, {r.Purchases} purchase{(r.Purchases == 1 ? "" : "s")}, {format.Money(r.Revenue)}";

    /// <summary>Whether an offer's text has the word, as typed or, for an offer in Devanagari, in Roman letters as names are read.</summary>
    private static bool Mentions(string text, string word) =>
        text.Contains(word, StringComparison.OrdinalIgnoreCase)
        || (Conversations.Understanding.Devanagari.Contains(text) && Conversations.Understanding.Devanagari.ToRoman(text).Contains(word, StringComparison.OrdinalIgnoreCase));

    private static string Short(string text) => text.Length <= 40 ? text : text[..39].TrimEnd() + "…";

    private static string Days(TimeSpan window) =>
        window.TotalDays >= 1 && window.TotalDays == Math.Floor(window.TotalDays)
            ? $"{window.TotalDays:0} day{(window.TotalDays == 1 ? "" : "s")}"
            : $"{window.TotalHours:0.#} hours";
}
