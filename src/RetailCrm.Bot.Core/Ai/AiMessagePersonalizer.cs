using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Ai;

/// <summary>
/// Rewrites a proactive message (alert, nudge, check-in, offer) the way a good shop assistant would say it to
/// this customer, in the language they write in, from a small context: first name, the item, their last
/// purchase, the store. The template text is the fallback whenever the model is off, over budget, slow, or its
/// text fails a guardrail; the reason is kept on the message.
/// </summary>
public sealed class AiMessagePersonalizer(AiGateway ai, ICrmDbContext db, IOptions<StoreOptions> store)
{
    public const string Purpose = "personalize";

    private static readonly HashSet<string> Personalized = new(StringComparer.Ordinal)
    {
        "stock_alert", "inquiry_nudge", "checkin", "reengagement", "offer",
    };

    public bool Applies(OutboundMessage message) =>
        ai.IsEnabled && message.ComposedBy is null && message.Purpose != MessagePurpose.Reply
        && message.TemplateValues is not null && Personalized.Contains(message.Kind);

    /// <summary>Sets the message's text (the model's, or the template's) and records who wrote it and why.</summary>
    public async Task PersonalizeAsync(OutboundMessage message, Customer customer, CancellationToken ct)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(message.TemplateValues!) ?? [];
        var facts = Facts(message.Kind, values);
        var recent = await db.InboundMessages
            .Where(m => m.FromPhone == customer.Phone)
            .OrderByDescending(m => m.Id)
            .Select(m => m.Body)
            .Take(5)
            .ToListAsync(ct);
        var lastPurchase = await db.Purchases.Where(p => p.CustomerId == customer.Id && p.Items != null)
            .OrderByDescending(p => p.PurchasedAt).Select(p => p.Items).FirstOrDefaultAsync(ct);
        var limit = message.Channel == MessageChannel.Sms ? "under 300 characters, plain text" : "under 500 characters";

        var system =
            $"You write one short {Describe(message.Kind)} that {store.Value.Name}, a retail shop, sends to a customer on " +
            $"{(message.Channel == MessageChannel.Sms ? "SMS" : "WhatsApp")}. Warm, brief, like a friendly shop assistant. " +
            $"Write in {LanguageGuess.From(recent)}. Include each of these exactly as written: {string.Join(" | ", facts.Select(f => $"\"{f}\""))}. " +
            $"Keep it {limit}. No links, no phone numbers, no other people's details, no promises beyond the facts given. " +
            "Reply with the message text only.";
        var context = JsonSerializer.Serialize(new
        {
            first_name = values.GetValueOrDefault("name"),
            item = values.GetValueOrDefault("item"),
            last_purchase = lastPurchase,
            offer = values.GetValueOrDefault("offer"),
            store = store.Value.Name,
        });

        var answer = await ai.AskAsync(new ModelRequest(Purpose, system, context, 250), ct);
        if (answer.Text is not { } text)
        {
            Keep(message, answer.Reason);
            return;
        }

        text = text.Trim().Trim('"').Trim();
        if (MessageGuardrails.Violation(text, facts, message.Channel, store.Value.Website) is { } violation)
        {
            Keep(message, "guardrail_" + violation);
            return;
        }

        message.Body = text;
        message.ComposedBy = "ai";
        message.CompositionNote = null;
    }

    /// <summary>The facts a message of this kind must carry word for word.</summary>
    public static IReadOnlyList<string> Facts(string kind, IReadOnlyDictionary<string, string> values)
    {
        var facts = new List<string>();
        foreach (var name in new[] { "item", "offer", "store", "date" })
        {
            if (values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                facts.Add(value);
            }
        }

        if (kind == "checkin")
        {
            facts.Add("1");
            facts.Add("5");
        }

        return facts;
    }

    private static void Keep(OutboundMessage message, string? reason)
    {
        message.ComposedBy = "template";
        message.CompositionNote = reason;
    }

    private static string Describe(string kind) => kind switch
    {
        "stock_alert" => "message saying an item the customer asked to be told about is back in stock",
        "inquiry_nudge" => "message saying an item the customer asked about has arrived",
        "checkin" => "check-in asking how the customer likes what they bought, to be answered with a number from 1 to 5",
        "reengagement" => "message to a regular customer who has not visited for a while, with an offer",
        _ => "message with an offer",
    };
}
