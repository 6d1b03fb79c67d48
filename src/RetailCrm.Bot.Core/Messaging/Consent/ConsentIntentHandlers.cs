using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Core.Messaging.Consent;

/// <summary>
/// "Please stop messaging me" is STOP in words. "Stop sending offers" withdraws only the consent to offers:
/// the shopper still gets the alerts they asked for.
/// </summary>
public sealed class OptOutHandler(ConsentService consent) : IIntentHandler<OptOutHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.OptOut, Role.Shopper) { StartsAfresh = true };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        turn.State = new DialogState { Language = turn.Language };
        if (turn.Sender.Customer is { } customer && MarketingWords.AreIn(turn.Text))
        {
            consent.ApplyMarketing(customer, granted: false, turn.Channel, "opt_out_offers");
            turn.Reply(consent.MarketingOptedOutReply(turn.Language), Outbox.OutboundKinds.ConsentConfirmation);
            return;
        }

        await consent.ApplyAsync(turn.Sender.Phone, ConsentKeywordKind.OptOut, turn.Channel, "opt_out", ConsentSource.Keyword, ct);
        turn.Reply(consent.OptedOutReply(turn.Language), Outbox.OutboundKinds.ConsentConfirmation);
    }
}

/// <summary>
/// "Subscribe me again", "send me offers": back in, and (because they asked in words) offers too. START alone
/// restores messages but not offers: consent to marketing is asked for, never assumed.
/// </summary>
public sealed class OptInHandler(ConsentService consent) : IIntentHandler<OptInHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.OptIn, Role.Shopper) { StartsAfresh = true };

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        turn.State = new DialogState { Language = turn.Language };
        if (turn.Sender.Customer is { } customer)
        {
            if (customer.IsOptedOut)
            {
                await consent.ApplyAsync(turn.Sender.Phone, ConsentKeywordKind.OptIn, turn.Channel, "opt_in", ConsentSource.Keyword, ct);
            }

            consent.ApplyMarketing(customer, granted: true, turn.Channel, "opt_in");
            turn.Reply(consent.MarketingOptedInReply(turn.Language), Outbox.OutboundKinds.ConsentConfirmation);
            return;
        }

        await consent.ApplyAsync(turn.Sender.Phone, ConsentKeywordKind.OptIn, turn.Channel, "opt_in", ConsentSource.Keyword, ct);
        turn.Reply(consent.OptedInReply(turn.Language), Outbox.OutboundKinds.ConsentConfirmation);
    }
}

/// <summary>Words that make an opt-out about offers only.</summary>
internal static class MarketingWords
{
    private static readonly string[] Words = ["offer", "promo", "deal", "discount", "sale msg", "marketing", "advert", "ads", "ofar", "chhut"];

    public static bool AreIn(string text)
    {
        var roman = Conversations.Understanding.Devanagari.ToRoman(text);
        return Words.Any(w => roman.Contains(w, StringComparison.OrdinalIgnoreCase));
    }
}
