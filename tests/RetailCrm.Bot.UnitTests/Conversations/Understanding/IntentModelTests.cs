using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations.Understanding;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Store;
using RetailCrm.Bot.UnitTests.Conversations.Recognizers;
using RetailCrm.Bot.UnitTests.Manifests;

namespace RetailCrm.Bot.UnitTests.Conversations.Understanding;

/// <summary>The shipped model is the one its data makes, and the data makes the same model every time.</summary>
public sealed class IntentModelTests
{
    private static readonly PhoneNumberNormalizer Phones = new(Options.Create(new StoreOptions()));

    [Fact]
    public void The_shipped_model_was_trained_on_the_shipped_examples_lexicon_and_phrases()
    {
        var saved = IntentTrainer.SavedFingerprint(ManifestFolder.Real);
        var data = NluFolder.Fingerprint(Path.Combine(ManifestFolder.Real, NluFolder.Name));

        Assert.True(saved == data,
            "bot-manifests/nlu/model.zip is older than the examples, phrases or lexicon it should be trained on: "
            + "run `dotnet run --project src/RetailCrm.Bot -- train` and commit model.zip and model.json.");
    }

    [Fact]
    public void Training_twice_on_the_same_examples_gives_the_same_model()
    {
        // A slice of the real examples keeps this quick; determinism does not depend on the size.
        var nlu = TestRecognizer.Manifests.Nlu;
        var slice = nlu with { Examples = nlu.Examples.Where((_, i) => i % 12 == 0).ToList(), Phrases = new Dictionary<string, string>() };

        var first = IntentTrainer.Train(slice, Phones);
        var second = IntentTrainer.Train(slice, Phones);

        foreach (var text in new[] { "do you have red saree", "mere points kitne hain", "sale phonenum num shoes", "धन्यवाद" })
        {
            Assert.Equal(first.Rank(text), second.Rank(text));
        }
    }

    [Fact]
    public void A_stale_model_is_not_used_but_one_is_trained_at_start()
    {
        using var folder = new ManifestFolder();
        File.AppendAllText(Path.Combine(folder.Path, "nlu/examples/staff_list.txt"), "kaun kaun kaam karta hai yahan\n");
        var manifests = BotManifests.Load(folder.Path);
        var logger = new ListLogger();

        var model = IntentTrainer.LoadOrTrain(manifests, Phones, logger);

        Assert.Contains(logger.Messages, m => m.Contains("does not match bot-manifests/nlu", StringComparison.Ordinal));
        Assert.Equal(TestRecognizer.Manifests.Nlu.Examples.Select(e => e.Intent).Distinct().Order(), model.Intents.Order());
    }
}

/// <summary>Keeps what was logged, to check what an operator is told.</summary>
internal sealed class ListLogger : Microsoft.Extensions.Logging.ILogger
{
    public List<string> Messages { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

    public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Messages.Add(formatter(state, exception));
}
