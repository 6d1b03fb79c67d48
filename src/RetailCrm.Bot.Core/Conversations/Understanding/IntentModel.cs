using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace RetailCrm.Bot.Core.Conversations.Understanding;

/// <summary>
/// The trained intent classifier (ML.NET): word unigrams and bigrams and character n-grams of
/// <see cref="IntentFeatures"/>, into a multiclass logistic regression (L-BFGS maximum entropy), whose scores are
/// probabilities. Training is deterministic: a fixed seed, one thread and examples in a fixed order give the
/// same model from the same data.
/// </summary>
public sealed class IntentModel
{
    private readonly PredictionEngine<Example, Prediction> _engine;
    private readonly string[] _labels;
    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _schema;

    // PredictionEngine is not thread-safe; a prediction takes microseconds, so one lock costs nothing that matters.
    private readonly Lock _gate = new();

    private IntentModel(MLContext ml, ITransformer transformer, DataViewSchema schema)
    {
        _ml = ml;
        _transformer = transformer;
        _schema = schema;
        _engine = ml.Model.CreatePredictionEngine<Example, Prediction>(transformer, schema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        _engine.OutputSchema[nameof(Prediction.Score)].GetSlotNames(ref names);
        _labels = names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    public IReadOnlyList<string> Intents => _labels;

    /// <summary>Trains on (intent, <see cref="IntentFeatures"/> text) pairs.</summary>
    /// <summary>The trainer's settings, fixed for the app; tuning experiments change them.</summary>
    internal static ModelSettings Settings { get; set; } = new();

    internal static IntentModel Train(IEnumerable<(string Intent, string Features)> examples)
    {
        var ml = new MLContext(seed: 1);
        var rows = examples
            .Select(e => new Example { Label = e.Intent, Text = e.Features })
            .OrderBy(e => e.Label, StringComparer.Ordinal).ThenBy(e => e.Text, StringComparer.Ordinal)
            .ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var transformer = Pipeline(ml).Fit(data);
        return new IntentModel(ml, transformer, data.Schema);
    }

    internal static IEstimator<ITransformer> Pipeline(MLContext ml) =>
        ml.Transforms.Conversion.MapValueToKey("Label", nameof(Example.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepDiacritics = false,
                KeepPunctuations = false,
                KeepNumbers = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = Settings.WordNgrams, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = Settings.CharNgrams, UseAllLengths = Settings.AllCharLengths },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(Example.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L1Regularization = 0,
                L2Regularization = Settings.L2,
                NumberOfThreads = 1,
            }));

    public static IntentModel Load(string path)
    {
        var ml = new MLContext(seed: 1);
        var transformer = ml.Model.Load(path, out var schema);
        return new IntentModel(ml, transformer, schema);
    }

    public void Save(string path) => _ml.Model.Save(_transformer, _schema, path);

    /// <summary>Every intent with its probability, likeliest first.</summary>
    public IReadOnlyList<IntentScore> Rank(string features)
    {
        float[] scores;
        lock (_gate)
        {
            scores = _engine.Predict(new Example { Text = features }).Score;
        }

        var ranked = new IntentScore[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            ranked[i] = new IntentScore(_labels[i], scores[i]);
        }

        Array.Sort(ranked, (a, b) => b.Probability.CompareTo(a.Probability));
        return ranked;
    }

    private sealed class Example
    {
        public string Label { get; set; } = "";

        public string Text { get; set; } = "";
    }

    private sealed class Prediction
    {
        public float[] Score { get; set; } = [];
    }
}

/// <summary>An intent and how likely the model thinks it is (0 to 1).</summary>
public readonly record struct IntentScore(string Intent, float Probability);

/// <summary>How the model is trained: n-gram lengths and regularization, chosen by cross-validation on the examples.</summary>
internal sealed record ModelSettings(int WordNgrams = 2, int CharNgrams = 3, bool AllCharLengths = false, float L2 = 0.01f);
