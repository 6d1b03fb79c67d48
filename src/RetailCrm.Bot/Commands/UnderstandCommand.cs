using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Ai;
using RetailCrm.Bot.Core;
using RetailCrm.Bot.Core.Ai;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Commands;

/// <summary>
/// Shows what the bot understands, for operators asking "why did it answer that?". No database, no network.
/// <code>
/// dotnet run --project src/RetailCrm.Bot -- understand --role shopper --text "mere points kitne hain"
/// {"intent":"loyalty_balance","slots":{},"recognizer":"model","confidence":0.97}
/// dotnet run --project src/RetailCrm.Bot -- understand --jsonl &lt; utterances.jsonl
/// </code>
/// </summary>
public static class UnderstandCommand
{
    private static readonly HashSet<string> NumericSlots = new(StringComparer.Ordinal)
    {
        Slots.Amount, Slots.Quantity, Slots.Rating, Slots.ComplaintId,
    };

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What to understand: one message (<paramref name="Text"/> as <paramref name="Role"/>), or JSON lines from standard input.</summary>
    public sealed record Request(string Role, string? Text, bool Jsonl);

    public static Command Create()
    {
        var role = new Option<string>("--role") { Description = "Who sends it: shopper, staff or owner", HelpName = "role", DefaultValueFactory = _ => "shopper" };
        var text = new Option<string?>("--text") { Description = "The message", HelpName = "message" };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read {\"role\": ..., \"text\": ...} lines from standard input, answer one line each" };
        var command = new Command("understand", "Show what the bot understands in a message (intent, slots, which recognizer, how sure). No database, no network unless Azure OpenAI is configured.")
        {
            role, text, jsonl,
        };
        command.WithExamples(
            "dotnet run --project src/RetailCrm.Bot -- understand --role staff --text \"Sold blue kurta to 9123456780 for Rs 1,299\"",
            "dotnet run --project src/RetailCrm.Bot -- understand --jsonl < utterances.jsonl");
        command.SetAction((parsed, ct) =>
            RunAsync(new Request(parsed.GetValue(role)!, parsed.GetValue(text), parsed.GetValue(jsonl)), Console.In, Console.Out, Console.Error));
        return command;
    }

    public static async Task<int> RunAsync(Request request, TextReader input, TextWriter output, TextWriter error)
    {
        IIntentRecognizer recognizer;
        try
        {
            recognizer = CreateRecognizer();
        }
        catch (InvalidDataException ex)
        {
            await error.WriteLineAsync(ex.Message); // a broken bot-manifests folder, every problem listed
            return 1;
        }

        if (request.Jsonl)
        {
            while (await input.ReadLineAsync() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                await output.WriteLineAsync(await UnderstandLineAsync(recognizer, line));
            }

            return 0;
        }

        var text = request.Text;
        if (text is null || !TryParseRole(request.Role, out var role))
        {
            await error.WriteLineAsync("usage: understand --role shopper|staff|owner --text \"message\"   or   understand --jsonl < lines");
            return 2;
        }

        await output.WriteLineAsync(Write(await recognizer.RecognizeAsync(text, role, CancellationToken.None)));
        return 0;
    }

    private static async Task<string> UnderstandLineAsync(IIntentRecognizer recognizer, string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var roleName = json.RootElement.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : "shopper";
            if (text is null || !TryParseRole(roleName!, out var role))
            {
                return Error("each line needs \"text\" and a \"role\" of shopper, staff or owner");
            }

            return Write(await recognizer.RecognizeAsync(text, role, CancellationToken.None));
        }
        catch (JsonException)
        {
            return Error("not a JSON object");
        }
    }

    private static bool TryParseRole(string name, out Role role) =>
        Enum.TryParse(name, ignoreCase: true, out role) && Enum.IsDefined(role);

    /// <summary>
    /// {"intent": "...", "slots": {...}, "recognizer": "rules"|"model"|"dialog"|"ai", "confidence": 0.97} with numbers as
    /// JSON numbers; "alternatives" when the bot would ask which of two meanings was meant, "above_role" when the
    /// message asked for an intent above the sender's role.
    /// </summary>
    public static string Write(Recognition recognition)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("intent", recognition.Intent);
            writer.WriteStartObject("slots");
            foreach (var (name, value) in recognition.Slots.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                if (NumericSlots.Contains(name) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    writer.WriteNumber(name, number);
                }
                else
                {
                    writer.WriteString(name, value);
                }
            }

            writer.WriteEndObject();
            writer.WriteString("recognizer", recognition.Source);
            writer.WriteNumber("confidence", Math.Round((decimal)recognition.Confidence, 2));
            if (recognition.Alternatives.Count > 0)
            {
                writer.WriteStartArray("alternatives");
                foreach (var alternative in recognition.Alternatives)
                {
                    writer.WriteStringValue(alternative);
                }

                writer.WriteEndArray();
            }

            if (recognition.AboveRole is { } above)
            {
                writer.WriteString("above_role", above);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Error(string message) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = message });

    /// <summary>The recognizer as the app configures it (region, time zone), without the rest of the app.</summary>
    private static IIntentRecognizer CreateRecognizer()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.SectionName));
        services.AddLogging();
        // No database here: when AI is configured, today's tokens are counted in memory for this run only.
        services.AddSingleton<IAiUsageStore, InMemoryAiUsageStore>();
        services.AddRetailCrmCore();
        services.AddAi(configuration);
        return services.BuildServiceProvider().GetRequiredService<IIntentRecognizer>();
    }
}
