using RetailCrm.Bot.Core.Conversations.Recognizers;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Conversations.Understanding;

/// <summary>
/// Reads one message for a role, without network or database:
/// <list type="number">
/// <item>a whole message listed in <c>nlu/phrases.json</c> ("thanks", "staff list") means that intent;</item>
/// <item>high-precision rules claim the structured staff and owner commands (a phone number, an amount, a quantity);</item>
/// <item>the trained model takes the rest: sure enough, its intent; unsure between two, a clarifying question;
/// no idea, "unknown" (and the AI fallback, when configured, gets a go);</item>
/// <item>the role gate applies to all three: nothing above the sender's role comes out, and staff asking for an
/// owner's command are told so instead of being misunderstood;</item>
/// <item>the chosen intent's slots are read, dates on the store's calendar.</item>
/// </list>
/// </summary>
public sealed class MessageRecognizer : IIntentRecognizer, ISlotReader
{
    /// <summary>The model's probability at or above which its intent is taken without asking.</summary>
    public const double AcceptAt = 0.5;

    /// <summary>Between this and <see cref="AcceptAt"/>, the bot asks which of the two likeliest intents was meant.</summary>
    public const double ClarifyAt = 0.2;

    private readonly PhoneFinder _phones;
    private readonly StoreClock _clock;
    private readonly Lexicon _lexicon;
    private readonly IntentModel _model;
    private readonly Dictionary<string, string> _phrases;

    public MessageRecognizer(PhoneNumberNormalizer phones, StoreClock clock, NluData nlu, IntentModel model)
    {
        _phones = new PhoneFinder(phones);
        _clock = clock;
        _lexicon = nlu.Lexicon;
        _model = model;
        // Phrases are matched as the model would read them, so "Thanks!!", "THANKS" and "thnx" are one phrase.
        _phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (phrase, intent) in nlu.Phrases)
        {
            _phrases[Features(phrase)] = intent;
        }
    }

    public Task<Recognition> RecognizeAsync(string text, Role role, CancellationToken ct) =>
        Task.FromResult(Recognize(text, role));

    public Recognition Recognize(string text, Role role)
    {
        var utterance = Read(text);
        var decided = Decide(utterance, role);
        return decided with { Slots = SlotFiller.Fill(decided.Intent, utterance, Today) };
    }

    /// <summary>The slots of a message read as a given intent: the answer to a clarifying question.</summary>
    public IReadOnlyDictionary<string, string> SlotsFor(string intent, string text) =>
        SlotFiller.Fill(intent, Read(text), Today);

    /// <summary>
    /// A bare answer to the question the bot asked for one slot ("friday", "2499", "the blue one"), read by the same
    /// extractors that read slots in whole messages. Null when the answer does not fit the slot.
    /// </summary>
    public string? ReadAnswer(string intent, SlotType slot, string text)
    {
        var fromMessage = SlotFiller.Fill(intent, Read(text), Today).GetValueOrDefault(slot.Name);
        var value = fromMessage ?? SlotAnswer.Read(slot, text, _phones, _lexicon);
        return value is not null && slot.IsValid(value) ? value : null;
    }

    public bool NamesAnItem(string text) => Read(text).Tokens.Any(_lexicon.IsItem);

    /// <summary>The text the model reads for a message (for <c>train</c> and its tests).</summary>
    internal string Features(string text) => IntentFeatures.Of(Read(text));

    private Utterance Read(string text) => Utterance.Read(text ?? "", _phones, _lexicon);

    private DateOnly Today => DateOnly.FromDateTime(_clock.LocalNow);

    private Recognition Decide(Utterance utterance, Role role)
    {
        var features = IntentFeatures.Of(utterance);
        if (features.Length == 0)
        {
            return Recognition.Of(Intents.Unknown);
        }

        var claimed = _phrases.TryGetValue(features, out var phrase) ? phrase : IntentRules.Match(utterance, role)?.Intent;
        if (claimed is not null)
        {
            return Gate(new Recognition(claimed, Empty), role);
        }

        var ranked = _model.Rank(features);
        var allowed = AsMeantBy(role, ranked);
        var top = ranked[0];
        if (role == Role.Staff && IntentCatalog.Get(top.Intent).Role > role && top.Probability >= AcceptAt)
        {
            // Clearly the owner's command: staff hear that it is, rather than that they were not understood. A shopper
            // is never told about commands; their message is read for what a shopper may ask, or not at all.
            return Gate(new Recognition(top.Intent, Empty, RecognizedBy.Model) { Confidence = top.Probability }, role);
        }

        var best = allowed[0];
        if (best.Probability >= AcceptAt)
        {
            return new Recognition(best.Intent, Empty, RecognizedBy.Model) { Confidence = best.Probability };
        }

        // Only requests are worth a question: "did you mean hello or thanks?" helps nobody.
        var choices = allowed.Where(r => !NotWorthAsking.Contains(r.Intent)).Take(2).ToList();
        return new Recognition(Intents.Unknown, Empty, RecognizedBy.Model)
        {
            Confidence = best.Probability,
            Alternatives = choices.Count == 2 && choices[0].Probability >= ClarifyAt && choices[0].Intent == best.Intent
                ? [choices[0].Intent, choices[1].Intent]
                : [],
        };
    }

    /// <summary>
    /// The intents this role may use, likeliest first. For a shopper, a staff command's probability counts for what a
    /// shopper typing it means (<see cref="IntentDefinition.FromShopper"/>): "I have a complaint" reads like the staff's
    /// "complaint 98765 43210 ..." as much as like a shopper's complaint, and both mean the shopper is complaining.
    /// </summary>
    private static List<IntentScore> AsMeantBy(Role role, IReadOnlyList<IntentScore> ranked)
    {
        if (role != Role.Shopper)
        {
            return ranked.Where(r => IntentCatalog.IsAllowed(r.Intent, role)).ToList();
        }

        var folded = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (intent, probability) in ranked)
        {
            var meant = IntentCatalog.IsAllowed(intent, role) ? intent : IntentCatalog.Get(intent).FromShopper;
            if (meant is not null)
            {
                folded[meant] = folded.GetValueOrDefault(meant) + probability;
            }
        }

        return folded.Select(f => new IntentScore(f.Key, f.Value)).OrderByDescending(f => f.Probability).ThenBy(f => f.Intent, StringComparer.Ordinal).ToList();
    }

    /// <summary>Nothing above the role: staff are told an owner's command is the owner's, shoppers learn nothing.</summary>
    private static Recognition Gate(Recognition recognition, Role role)
    {
        if (IntentCatalog.IsAllowed(recognition.Intent, role))
        {
            return recognition;
        }

        var definition = IntentCatalog.Get(recognition.Intent);
        return new Recognition(Intents.Unknown, Empty, recognition.Source)
        {
            Confidence = recognition.Confidence,
            AboveRole = role != Role.Shopper && definition.Role > role ? recognition.Intent : null,
        };
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private static readonly HashSet<string> NotWorthAsking = new(StringComparer.Ordinal) { Intents.Unknown, Intents.Greeting, Intents.SmallTalk, Intents.Help };
}
