using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RetailCrm.Bot.Benchmarks.EndToEnd;

/// <summary>
/// Twilio's REST Messages resource played by a bare Kestrel endpoint in this process: every send is answered 201 with
/// a fresh SID, as Twilio does, and written down with the moment it arrived. The integration suite's FakeTwilio is
/// WireMock, whose request log costs more per send than the bot does at these rates; this one has the same name and
/// <see cref="Url"/>, so the suite's RealBot starts the app against it unchanged.
/// </summary>
public sealed class FakeTwilio : IAsyncDisposable
{
    /// <summary>The query parameter the bot puts its outbox id in (StatusCallback URL); only read, for duplicates.</summary>
    private const string OutboundIdParameter = "outbound";

    private readonly ConcurrentQueue<TwilioSend> _sends = new();
    private WebApplication _app = null!;
    private long _sid;

    private FakeTwilio()
    {
    }

    public string Url { get; private set; } = "";

    /// <summary>Every send accepted so far, in arrival order.</summary>
    public IReadOnlyList<TwilioSend> Sends => _sends.ToArray();

    public int Count => _sends.Count;

    public static async Task<FakeTwilio> StartAsync()
    {
        var fake = new FakeTwilio();
        fake._app = BareKestrel.Create();
        fake._app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", fake.AcceptAsync);
        // The bot asks Twilio what it sent when a send's outcome was lost; nothing here is ever lost.
        fake._app.MapGet("/2010-04-01/Accounts/{accountSid}/Messages.json", () => Results.Text("""{"messages":[],"page":0}""", "application/json"));
        fake.Url = await BareKestrel.StartAsync(fake._app);
        return fake;
    }

    private async Task<IResult> AcceptAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var arrived = Stopwatch.GetTimestamp();
        var callback = form["StatusCallback"].ToString();
        var id = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(callback.Contains('?', StringComparison.Ordinal) ? callback[callback.IndexOf('?', StringComparison.Ordinal)..] : "")
            .TryGetValue(OutboundIdParameter, out var value) ? value.ToString() : null;
        _sends.Enqueue(new TwilioSend(arrived, form["To"].ToString(), form["Body"].ToString(), id));
        var sid = "SM" + Interlocked.Increment(ref _sid).ToString("x32", CultureInfo.InvariantCulture);
        return Results.Text($$"""{"sid":"{{sid}}","status":"queued","error_code":null,"error_message":null}""", "application/json", statusCode: StatusCodes.Status201Created);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <param name="Arrived">Stopwatch timestamp of arrival.</param>
/// <param name="OutboundId">The bot's outbox id, from the StatusCallback URL, when it sent one.</param>
public sealed record TwilioSend(long Arrived, string To, string Body, string? OutboundId);

/// <summary>An in-process Kestrel app with nothing in it: no logging, no middleware, a free loopback port.</summary>
internal static class BareKestrel
{
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        return builder.Build();
    }

    /// <summary>Starts the app and returns the address it listens on.</summary>
    public static async Task<string> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
    }
}
