using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations.Understanding;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Commands;

/// <summary>
/// Rebuilds the intent model from <c>bot-manifests/nlu</c> and writes it back there, with <c>commands.json</c>:
/// <code>
/// dotnet run --project src/RetailCrm.Bot -- train                     # from the repository: ./bot-manifests
/// dotnet RetailCrm.Bot.dll train --manifests /srv/bot/bot-manifests    # a deployed store's own folder
/// </code>
/// Without <c>--manifests</c> it uses the nearest <c>bot-manifests</c> folder in or above the current folder (the
/// repository's, under <c>dotnet run</c>, whose current folder is the project's), else the folder the app reads
/// (<c>Manifests:Path</c>). It prints the folder it wrote to. No database, no network.
/// </summary>
public static class TrainCommand
{
    /// <summary>The nearest bot-manifests/ with an nlu/ folder, from the current folder up.</summary>
    private static string? SourceFolder()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, BotManifests.FolderName);
            if (Directory.Exists(Path.Combine(candidate, NluFolder.Name)))
            {
                return candidate;
            }
        }

        return null;
    }

    public static Command Create()
    {
        var manifests = new Option<string?>("--manifests") { Description = "The bot-manifests folder to train from and write to (default: the nearest one in or above this folder)", HelpName = "folder" };
        var command = new Command("train", "Train the intent model on bot-manifests/nlu/examples and write model.zip, model.json and commands.json beside them.")
        {
            manifests,
        };
        command.WithExamples(
            "dotnet run --project src/RetailCrm.Bot -- train",
            "dotnet RetailCrm.Bot.dll train --manifests /srv/bot/bot-manifests");
        command.SetAction(parsed => Run(parsed.GetValue(manifests), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string? manifestsFolder, TextWriter output, TextWriter error)
    {
        var folder = manifestsFolder ?? SourceFolder() ?? new ManifestOptions().ResolvedPath;
        LoadedManifests manifests;
        try
        {
            manifests = BotManifests.Load(folder);
        }
        catch (InvalidDataException ex)
        {
            error.WriteLine(ex.Message);
            return 1;
        }

        var phones = new PhoneNumberNormalizer(Options.Create(new StoreOptions()));
        var started = Stopwatch.StartNew();
        var model = IntentTrainer.Train(manifests.Nlu, phones);
        var seconds = started.Elapsed.TotalSeconds;
        IntentTrainer.Save(model, manifests.Folder, manifests.Nlu);
        File.WriteAllText(Path.Combine(manifests.Folder, CommandsFile.Name), CommandsFile.Write(manifests.Replies));

        var examples = IntentTrainer.Featurize(manifests.Nlu, phones).ToList();
        var right = examples.Count(e => model.Rank(e.Features)[0].Intent == e.Intent);
        var modelFile = new FileInfo(Path.Combine(manifests.Folder, NluFolder.Name, NluFolder.ModelFile));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Trained on {examples.Count} examples of {model.Intents.Count} intents in {seconds:0.0} s; it gets {right * 100.0 / examples.Count:0.0}% of them right."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {modelFile.FullName} ({modelFile.Length / 1024} KB), {NluFolder.ModelInfoFile} and {Path.Combine(manifests.Folder, CommandsFile.Name)}."));
        return 0;
    }
}
