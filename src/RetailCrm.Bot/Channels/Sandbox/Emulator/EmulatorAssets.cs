using Microsoft.AspNetCore.Http.HttpResults;

namespace RetailCrm.Bot.Channels.Sandbox.Emulator;

/// <summary>
/// The page, its script and its style: plain files in <c>Assets/</c>, embedded in the app's assembly, so
/// <c>dotnet run</c>, <c>dotnet publish</c> and the container serve them from wherever the app was started.
/// </summary>
public sealed class EmulatorAssets
{
    private readonly byte[] _content;
    private readonly string _contentType;

    private EmulatorAssets(string file, string contentType)
    {
        var name = "RetailCrm.Bot.Emulator." + file;
        using var stream = typeof(EmulatorAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The emulator's {file} is not embedded in the app ({name}).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        _content = copy.ToArray();
        _contentType = contentType;
    }

    public static EmulatorAssets Page { get; } = new("index.html", "text/html; charset=utf-8");

    public static EmulatorAssets Script { get; } = new("emulator.js", "text/javascript; charset=utf-8");

    public static EmulatorAssets Style { get; } = new("emulator.css", "text/css; charset=utf-8");

    public FileContentHttpResult Result() => TypedResults.File(_content, _contentType);
}
