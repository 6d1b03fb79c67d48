using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// Rules first: fast, deterministic, no network. Phone numbers are found before anything else, intent
/// rules run most-specific first and only for intents the sender's role may use, then the chosen intent's
/// slots are read. Dates are resolved against the shop's own calendar, not the server's.
/// </summary>
public sealed class RuleBasedRecognizer(PhoneNumberNormalizer phones, StoreClock clock) : IIntentRecognizer
{
    private readonly PhoneFinder _phones = new(phones);

    public Task<Recognition> RecognizeAsync(string text, Role role, CancellationToken ct) =>
        Task.FromResult(Recognize(text, role));

    internal Recognition Recognize(string text, Role role)
    {
        var utterance = Utterance.Read(text ?? "", _phones);
        var intent = IntentRules.Match(utterance, role);
        var today = DateOnly.FromDateTime(clock.LocalNow);
        return new Recognition(intent, SlotFiller.Fill(intent, utterance, today));
    }
}
