using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Conversations.Understanding;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Store;
using RetailCrm.Bot.UnitTests.Manifests;

namespace RetailCrm.Bot.UnitTests.Conversations.Recognizers;

/// <summary>
/// The recognizer on the real bot-manifests (words, phrases and the shipped model) and a fixed clock. 19:45 UTC on
/// Tuesday 10 June 2025 is already 01:15 on Wednesday 11 June in Kolkata, so every expected date also proves "today"
/// is the shop's today, not UTC's.
/// </summary>
internal static class TestRecognizer
{
    public static readonly DateTimeOffset Now = new(2025, 6, 10, 19, 45, 0, TimeSpan.Zero);

    private static readonly Lazy<(LoadedManifests Manifests, IntentModel Model)> Shared = new(() =>
    {
        var manifests = BotManifests.Load(ManifestFolder.Real);
        var phones = new PhoneNumberNormalizer(Options.Create(new StoreOptions()));
        return (manifests, IntentTrainer.LoadOrTrain(manifests, phones, NullLogger.Instance));
    });

    public static LoadedManifests Manifests => Shared.Value.Manifests;

    public static MessageRecognizer Create()
    {
        var options = Options.Create(new StoreOptions());
        return new MessageRecognizer(new PhoneNumberNormalizer(options), new StoreClock(new FakeTimeProvider(Now), options), Shared.Value.Manifests.Nlu, Shared.Value.Model);
    }

    public static Recognition Recognize(this MessageRecognizer recognizer, string text, Role role = Role.Shopper) =>
        recognizer.Recognize(text, role);
}
