using System.Globalization;
using System.Text;
using System.Text.Json;
using RetailCrm.Bot.Core.Conversations;
using Xunit.Abstractions;

namespace RetailCrm.Bot.UnitTests.Conversations.Recognizers;

/// <summary>
/// The recognizer against labelled messages it was never trained on: the labelled set (written before the model) and
/// the held-out rounds (written after it, each scored once before anything was tuned on it; see the README). Every
/// miss must be one of the known misses in <c>known-misses.jsonl</c>, each with what the bot says instead: a new miss
/// fails, and so does a known miss that is now right, so the list only ever shrinks. The labelled set's slot values
/// are checked the same way.
/// </summary>
public sealed class LabelledSetTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LabelledUtterance> Set = LabelledUtterance.Load();

    public static TheoryData<string> Files => ["labelled-utterances.jsonl", "heldout/round-4.jsonl", "heldout/round-5.jsonl", "heldout/round-6.jsonl"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<(string Role, string Text), string> KnownMisses = File
        .ReadLines(Path.Combine(AppContext.BaseDirectory, "Conversations", "Recognizers", "known-misses.jsonl"))
        .Where(l => !string.IsNullOrWhiteSpace(l))
        .Select(l => JsonSerializer.Deserialize<KnownMiss>(l, Json)!)
        .ToDictionary(m => (m.Role, m.Text), m => m.Got);

    [Fact]
    public void The_set_is_large_and_covers_every_intent_each_role_may_use()
    {
        Assert.True(Set.Count >= 700, $"Only {Set.Count} labelled utterances.");
        foreach (var role in Enum.GetValues<Role>())
        {
            var labelled = Set.Where(u => u.SenderRole == role).Select(u => u.Intent).ToHashSet();
            var missing = IntentCatalog.AllowedFor(role).Where(i => !labelled.Contains(i)).ToList();
            Assert.True(missing.Count == 0, $"{role} has no examples of: {string.Join(", ", missing)}");
        }

        Assert.All(Set, u => Assert.True(IntentCatalog.IsAllowed(u.Intent, u.SenderRole), $"{u.Role} cannot use {u.Intent}: {u.Text}"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_miss_is_a_known_miss_and_every_known_miss_still_misses(string file)
    {
        var set = LabelledUtterance.Load(file);
        var recognizer = TestRecognizer.Create();
        var unexpected = new StringBuilder();
        var fixedNow = new StringBuilder();
        var correct = 0;
        foreach (var item in set)
        {
            var got = recognizer.Recognize(item.Text, item.SenderRole);
            var answer = Answer(got);
            var known = KnownMisses.GetValueOrDefault((item.Role, item.Text));
            if (got.Intent == item.Intent)
            {
                correct++;
                if (known is not null)
                {
                    fixedNow.AppendLine(CultureInfo.InvariantCulture, $"  [{item.Role}] \"{item.Text}\" is now right: remove it from known-misses.jsonl");
                }
            }
            else if (known != answer)
            {
                unexpected.AppendLine(CultureInfo.InvariantCulture, $"  {{\"role\":\"{item.Role}\",\"text\":{JsonSerializer.Serialize(item.Text)},\"got\":\"{answer}\"}}  (expected {item.Intent})");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: intent accuracy {(double)correct / set.Count:P1} ({correct}/{set.Count})"));
        Assert.True(unexpected.Length == 0, $"New misses (fix them, or add them to known-misses.jsonl):\n{unexpected}");
        Assert.True(fixedNow.Length == 0, fixedNow.ToString());
    }

    [Fact]
    public void Slot_values_are_right_wherever_the_intent_is()
    {
        var recognizer = TestRecognizer.Create();
        var misses = new StringBuilder();
        var checkedCount = 0;
        foreach (var item in Set.Where(u => u.Slots is { Count: > 0 }))
        {
            var got = recognizer.Recognize(item.Text, item.SenderRole);
            if (got.Intent != item.Intent)
            {
                continue; // an intent miss is counted above; its slots are another intent's
            }

            foreach (var (slot, expected) in item.Slots!)
            {
                checkedCount++;
                var actual = got.Slot(slot);
                if (actual != expected && KnownMisses.GetValueOrDefault((item.Role, item.Text)) != $"{slot}={actual}")
                {
                    misses.AppendLine(CultureInfo.InvariantCulture, $"  {{\"role\":\"{item.Role}\",\"text\":{JsonSerializer.Serialize(item.Text)},\"got\":\"{slot}={actual}\"}}  (expected {expected})");
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{checkedCount} labelled slot values checked"));
        Assert.True(misses.Length == 0, $"Slot misses (fix them, or add them to known-misses.jsonl):\n{misses}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_role_is_ever_given_an_intent_it_may_not_use(string file)
    {
        var recognizer = TestRecognizer.Create();
        foreach (var item in LabelledUtterance.Load(file))
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                var got = recognizer.Recognize(item.Text, role).Intent;
                Assert.True(IntentCatalog.IsAllowed(got, role), $"{role} got {got} for \"{item.Text}\"");
            }
        }
    }

    /// <summary>What the bot does with a message, as the known-misses list records it: an intent, or a clarifying question.</summary>
    private static string Answer(Recognition recognition) =>
        recognition.Alternatives.Count == 2 ? $"clarify:{recognition.Alternatives[0]}/{recognition.Alternatives[1]}" : recognition.Intent;

    private sealed record KnownMiss(string Role, string Text, string Got);
}
