using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Conversations.Recognizers;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.UnitTests.Conversations.Recognizers;

/// <summary>
/// The recognizer on a fixed clock. 19:45 UTC on Tuesday 10 June 2025 is already 01:15 on Wednesday
/// 11 June in Kolkata, so every expected date also proves "today" is the shop's today, not UTC's.
/// </summary>
internal static class TestRecognizer
{
    public static readonly DateTimeOffset Now = new(2025, 6, 10, 19, 45, 0, TimeSpan.Zero);

    public static RuleBasedRecognizer Create()
    {
        var options = Options.Create(new StoreOptions());
        return new RuleBasedRecognizer(new PhoneNumberNormalizer(options), new StoreClock(new FakeTimeProvider(Now), options));
    }

    public static Recognition Recognize(this RuleBasedRecognizer recognizer, string text, Role role = Role.Shopper) =>
        recognizer.RecognizeAsync(text, role, CancellationToken.None).GetAwaiter().GetResult();
}
