using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Messaging.Consent;

/// <summary>
/// STOP is honoured the moment it is read: the customer is marked opted out in the turn's transaction
/// and every change is written down as a <see cref="ConsentEvent"/>.
/// </summary>
public sealed partial class ConsentService(
    ICrmDbContext db,
    CustomerDirectory customers,
    StoreClock clock,
    IOptions<StoreOptions> store,
    Manifests.ReplyTexts texts,
    ILogger<ConsentService> logger)
{
    /// <summary>Whether the message is a consent keyword (or Twilio's opt-out handling flagged it), which skips recognition.</summary>
    public static bool IsKeyword(Inbox.InboundMessage message) =>
        ConsentKeywords.FromOptOutType(message.OptOutType) is not null
        || ConsentKeywords.Match(message.Body) is { Kind: not ConsentKeywordKind.Help };

    /// <summary>
    /// Handles a message that is exactly a consent keyword, or that Twilio flagged with <c>OptOutType</c>.
    /// Returns true when the turn is over. HELP typed by the person is left to the help intent.
    /// </summary>
    public async Task<bool> TryHandleKeywordAsync(TurnContext turn, CancellationToken ct)
    {
        var message = turn.Message;
        var handledByTwilio = ConsentKeywords.FromOptOutType(message.OptOutType);
        if (handledByTwilio is { } twilioKind)
        {
            // Twilio's Advanced Opt-Out already answered the person; record the change and stay quiet.
            var word = StoredText.Fit(message.Body.Trim().ToUpperInvariant(), 32);
            if (twilioKind != ConsentKeywordKind.Help)
            {
                await ApplyAsync(turn.Sender.Phone, twilioKind, message.Channel, word, ConsentSource.ProviderOptOutHandling, ct);
            }

            return true;
        }

        var keyword = ConsentKeywords.Match(message.Body);
        if (keyword is null || keyword.Kind == ConsentKeywordKind.Help)
        {
            return false;
        }

        await ApplyAsync(turn.Sender.Phone, keyword.Kind, message.Channel, keyword.Word, ConsentSource.Keyword, ct);
        turn.Reply(keyword.Kind == ConsentKeywordKind.OptOut ? OptedOutReply(turn.Language) : OptedInReply(turn.Language), OutboundKinds.ConsentConfirmation);
        return true;
    }

    public string OptedOutReply(ReplyLanguage language) => texts.Get(language, "consent.opted_out", ("store", store.Value.Name));

    public string OptedInReply(ReplyLanguage language) => texts.Get(language, "consent.opted_in", ("store", store.Value.Name));

    /// <summary>
    /// The provider refused a send because the person opted out at the carrier, so we record it too; the trail keeps
    /// the provider's code as the "keyword".
    /// </summary>
    public Task MarkOptedOutByProviderAsync(string phone, MessageChannel channel, int? providerCode, CancellationToken ct) =>
        ApplyAsync(phone, ConsentKeywordKind.OptOut, channel, providerCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "provider", ConsentSource.ProviderError, ct);

    public async Task ApplyAsync(
        string phone,
        ConsentKeywordKind kind,
        MessageChannel? channel,
        string? keyword,
        ConsentSource source,
        CancellationToken ct)
    {
        var customer = await customers.FindAsync(phone, ct);
        var now = clock.UtcNow;
        var change = kind == ConsentKeywordKind.OptOut ? ConsentChange.OptOut : ConsentChange.OptIn;

        if (customer is not null)
        {
            if (change == ConsentChange.OptOut && customer.OptedOutAt is not null && source == ConsentSource.ProviderError)
            {
                return; // already known; a failed send per message would otherwise flood the audit trail
            }

            customer.OptedOutAt = change == ConsentChange.OptOut ? customer.OptedOutAt ?? now : null;
            if (change == ConsentChange.OptOut)
            {
                customer.MarketingConsentAt = null; // STOP stops everything, offers included
            }
        }

        if (change == ConsentChange.OptOut)
        {
            // STOP stops what is already queued too: an alert held for the morning, an offer waiting its turn. Only the
            // confirmation of this STOP, queued after this, still goes.
            await db.OutboundMessages
                .Where(m => m.ToPhone == phone && m.Status == OutboundStatus.Pending && m.Kind != OutboundKinds.ConsentConfirmation)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Status, OutboundStatus.Skipped)
                        .SetProperty(m => m.SkipReason, "opted_out")
                        .SetProperty(m => m.StatusUpdatedAt, now),
                    ct);
        }

        db.ConsentEvents.Add(new ConsentEvent
        {
            Customer = customer,
            Phone = phone,
            Change = change,
            Channel = channel,
            Keyword = keyword,
            Source = source,
            OccurredAt = now,
        });

        LogConsentChanged(logger, new MaskedPhone(phone), change, source);
    }

    /// <summary>Offers only: "send me offers" grants, "no more offers" withdraws; other messages are unaffected.</summary>
    public void ApplyMarketing(Customer customer, bool granted, MessageChannel? channel, string keyword)
    {
        var now = clock.UtcNow;
        customer.MarketingConsentAt = granted ? customer.MarketingConsentAt ?? now : null;
        if (granted)
        {
            customer.OptedOutAt = null; // asking for offers is asking for messages
        }

        db.ConsentEvents.Add(new ConsentEvent
        {
            Customer = customer,
            Phone = customer.Phone,
            Change = granted ? ConsentChange.MarketingOptIn : ConsentChange.MarketingOptOut,
            Channel = channel,
            Keyword = keyword,
            Source = ConsentSource.Keyword,
            OccurredAt = now,
        });
        LogConsentChanged(logger, new MaskedPhone(customer.Phone), granted ? ConsentChange.MarketingOptIn : ConsentChange.MarketingOptOut, ConsentSource.Keyword);
    }

    public string MarketingOptedInReply(ReplyLanguage language) => texts.Get(language, "consent.offers_on", ("store", store.Value.Name));

    public string MarketingOptedOutReply(ReplyLanguage language) => texts.Get(language, "consent.offers_off", ("store", store.Value.Name));


    [LoggerMessage(Level = LogLevel.Information, Message = "Consent of {Phone} changed: {Change} ({Source})")]
    private static partial void LogConsentChanged(ILogger logger, MaskedPhone phone, ConsentChange change, ConsentSource source);
}
