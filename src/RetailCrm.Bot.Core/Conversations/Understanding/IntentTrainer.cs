using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RetailCrm.Bot.Core.Conversations.Recognizers;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Core.Conversations.Understanding;

/// <summary>
/// Trains the intent model on <c>nlu/examples</c> and <c>nlu/phrases.json</c>, saves it as <c>nlu/model.zip</c> with
/// the fingerprint of the data beside it (<c>model.json</c>), and loads it at start. A model whose fingerprint does not
/// match the data (a store added examples and did not run <c>train</c>) is not used: the bot trains a fresh one in
/// memory and says so, because understanding the store's new words matters more than a few seconds of start-up.
/// </summary>
public static partial class IntentTrainer
{
    public static IntentModel Train(NluData nlu, PhoneNumberNormalizer phones) =>
        IntentModel.Train(Featurize(nlu, phones));

    /// <summary>Every example and phrase as the model reads it.</summary>
    public static IEnumerable<(string Intent, string Features)> Featurize(NluData nlu, PhoneNumberNormalizer phones)
    {
        var finder = new PhoneFinder(phones);
        return nlu.Examples.Select(e => (e.Intent, e.Text))
            .Concat(nlu.Phrases.Select(p => (Intent: p.Value, Text: p.Key)))
            .Select(e => (e.Intent, IntentFeatures.Of(Utterance.Read(e.Text, finder, nlu.Lexicon))))
            .Where(e => e.Item2.Length > 0);
    }

    /// <summary>Writes <c>model.zip</c> and <c>model.json</c> into the manifests' <c>nlu/</c> folder.</summary>
    public static void Save(IntentModel model, string manifestsFolder, NluData nlu)
    {
        var folder = Path.Combine(manifestsFolder, NluFolder.Name);
        model.Save(Path.Combine(folder, NluFolder.ModelFile));
        var info = new ModelInfo(nlu.Fingerprint, nlu.Examples.Count + nlu.Phrases.Count, MlNetVersion);
        File.WriteAllText(Path.Combine(folder, NluFolder.ModelInfoFile), JsonSerializer.Serialize(info, Json) + "\n");
    }

    /// <summary>The fingerprint of the data the saved model was trained on, or null when there is no saved model.</summary>
    public static string? SavedFingerprint(string manifestsFolder)
    {
        var folder = Path.Combine(manifestsFolder, NluFolder.Name);
        var infoPath = Path.Combine(folder, NluFolder.ModelInfoFile);
        if (!File.Exists(infoPath) || !File.Exists(Path.Combine(folder, NluFolder.ModelFile)))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ModelInfo>(File.ReadAllText(infoPath), Json)?.Fingerprint;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The saved model when it was trained on exactly this data; otherwise one trained now.</summary>
    public static IntentModel LoadOrTrain(LoadedManifests manifests, PhoneNumberNormalizer phones, ILogger logger)
    {
        var modelPath = Path.Combine(manifests.Folder, NluFolder.Name, NluFolder.ModelFile);
        var started = Stopwatch.StartNew();
        if (SavedFingerprint(manifests.Folder) == manifests.Nlu.Fingerprint)
        {
            var loaded = IntentModel.Load(modelPath);
            LogLoaded(logger, started.ElapsedMilliseconds);
            return loaded;
        }

        var trained = Train(manifests.Nlu, phones);
        LogTrainedAtStart(logger, started.ElapsedMilliseconds, manifests.Nlu.Examples.Count);
        return trained;
    }

    private static string MlNetVersion =>
        typeof(Microsoft.ML.MLContext).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private sealed record ModelInfo(string Fingerprint, int Examples, string MlNet);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Intent model loaded in {Milliseconds} ms")]
    private static partial void LogLoaded(ILogger logger, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved intent model does not match bot-manifests/nlu (examples, phrases or lexicon changed since it was trained), so a model was trained from {Examples} examples at start in {Milliseconds} ms. Run the train command to save it and start faster.")]
    private static partial void LogTrainedAtStart(ILogger logger, long milliseconds, int examples);
}
