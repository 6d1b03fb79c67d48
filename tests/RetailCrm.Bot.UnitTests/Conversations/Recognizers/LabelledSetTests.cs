using System.Globalization;
using System.Text;
using RetailCrm.Bot.Core.Conversations;
using Xunit.Abstractions;

namespace RetailCrm.Bot.UnitTests.Conversations.Recognizers;

/// <summary>
/// The recognizer against the labelled set. The bars are accuracy, not perfection: the set keeps its hard
/// examples, and every miss is printed so the next rule change starts from real messages.
/// </summary>
public sealed class LabelledSetTests(ITestOutputHelper output)
{
    private const double IntentBar = 0.95;
    private const double SlotBar = 0.90;

    private static readonly IReadOnlyList<LabelledUtterance> Set = LabelledUtterance.Load();

    [Fact]
    public void The_set_is_large_and_covers_every_intent_each_role_may_use()
    {
        Assert.True(Set.Count >= 350, $"Only {Set.Count} labelled utterances.");
        foreach (var role in Enum.GetValues<Role>())
        {
            var labelled = Set.Where(u => u.SenderRole == role).Select(u => u.Intent).ToHashSet();
            var missing = IntentCatalog.AllowedFor(role).Where(i => !labelled.Contains(i)).ToList();
            Assert.True(missing.Count == 0, $"{role} has no examples of: {string.Join(", ", missing)}");
        }

        Assert.All(Set, u => Assert.True(IntentCatalog.IsAllowed(u.Intent, u.SenderRole), $"{u.Role} cannot use {u.Intent}: {u.Text}"));
    }

    [Fact]
    public void Intent_accuracy_is_at_least_95_percent()
    {
        var recognizer = TestRecognizer.Create();
        var misses = new StringBuilder();
        var correct = 0;
        foreach (var item in Set)
        {
            var got = recognizer.Recognize(item.Text, item.SenderRole).Intent;
            if (got == item.Intent)
            {
                correct++;
            }
            else
            {
                misses.AppendLine(CultureInfo.InvariantCulture, $"  [{item.Role}] \"{item.Text}\" expected {item.Intent}, got {got}");
            }
        }

        var accuracy = (double)correct / Set.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Intent accuracy {accuracy:P1} ({correct}/{Set.Count})"));
        output.WriteLine(misses.ToString());
        Assert.True(accuracy >= IntentBar, string.Create(CultureInfo.InvariantCulture, $"Intent accuracy {accuracy:P1} is below {IntentBar:P0}. Misses:\n{misses}"));
    }

    [Fact]
    public void Slot_accuracy_is_at_least_90_percent_where_slots_are_labelled()
    {
        var recognizer = TestRecognizer.Create();
        var misses = new StringBuilder();
        var checkedCount = 0;
        var correct = 0;
        foreach (var item in Set.Where(u => u.Slots is { Count: > 0 }))
        {
            var got = recognizer.Recognize(item.Text, item.SenderRole);
            foreach (var (slot, expected) in item.Slots!)
            {
                checkedCount++;
                var actual = got.Slot(slot);
                if (actual == expected)
                {
                    correct++;
                }
                else
                {
                    misses.AppendLine(CultureInfo.InvariantCulture, $"  [{item.Role}] \"{item.Text}\" {slot}: expected \"{expected}\", got \"{actual ?? "(none)"}\"");
                }
            }
        }

        var accuracy = (double)correct / checkedCount;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Slot accuracy {accuracy:P1} ({correct}/{checkedCount} labelled slot values)"));
        output.WriteLine(misses.ToString());
        Assert.True(accuracy >= SlotBar, string.Create(CultureInfo.InvariantCulture, $"Slot accuracy {accuracy:P1} is below {SlotBar:P0}. Misses:\n{misses}"));
    }

    [Fact]
    public void No_role_is_ever_given_an_intent_it_may_not_use()
    {
        var recognizer = TestRecognizer.Create();
        foreach (var item in Set)
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                var got = recognizer.Recognize(item.Text, role).Intent;
                Assert.True(IntentCatalog.IsAllowed(got, role), $"{role} got {got} for \"{item.Text}\"");
            }
        }
    }
}
