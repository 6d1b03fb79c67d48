using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Channels.Sandbox.Emulator;

/// <summary>
/// <c>/emulator</c>: a local chat page in the spirit of Bot Framework Emulator. Pick a phone and a role, chat through
/// <see cref="SandboxApi"/>, and watch every message the bot sends to anyone, live, from <see cref="OutboundFeed"/>.
/// Mapped with the sandbox, so it exists only while Twilio is not configured, and answers only this machine.
/// </summary>
public static class EmulatorApi
{
    public const string Path = "/emulator";

    /// <summary>The page runs its own script and style and talks only to this app; nothing else, and no framing.</summary>
    public const string PageContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string OutboundEvent = "outbound";

    public sealed record Party(string Phone, string Display, string? Name);

    public sealed record Parties(IReadOnlyList<Party> Owners, IReadOnlyList<Party> Staff);

    public static RouteGroupBuilder MapEmulator(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).AddEndpointFilter<LocalOnly>().ExcludeFromDescription();
        group.MapGet("/", Page);
        group.MapGet("/emulator.js", () => EmulatorAssets.Script.Result());
        group.MapGet("/emulator.css", () => EmulatorAssets.Style.Result());
        group.MapGet("/parties", ListParties);
        group.MapGet("/feed", Feed);
        return group;
    }

    public static FileContentHttpResult Page(HttpContext http)
    {
        http.Response.Headers.ContentSecurityPolicy = PageContentSecurityPolicy;
        return EmulatorAssets.Page.Result();
    }

    /// <summary>The numbers the page offers for the owner and staff roles; a shopper is any other number.</summary>
    public static async Task<Ok<Parties>> ListParties(RoleResolver roles, ICrmDbContext db, CancellationToken ct)
    {
        var owners = roles.OwnerPhones.Order(StringComparer.Ordinal)
            .Select(p => new Party(p, PhoneNumberNormalizer.Display(p), null))
            .ToList();
        var staff = await db.Staff.AsNoTracking()
            .Where(s => s.IsActive)
            .OrderBy(s => s.Name).ThenBy(s => s.Phone)
            .Select(s => new { s.Phone, s.Name })
            .ToListAsync(ct);
        return TypedResults.Ok(new Parties(owners, [.. staff.Select(s => new Party(s.Phone, PhoneNumberNormalizer.Display(s.Phone), s.Name))]));
    }

    /// <summary>
    /// Server-Sent Events: each message the bot sends, as an <c>outbound</c> event whose id lets a reconnecting
    /// page (EventSource sends it back as Last-Event-ID) pick up where it left off.
    /// </summary>
    public static ServerSentEventsResult<FeedMessage> Feed(OutboundFeed feed, HttpContext http, CancellationToken ct) =>
        TypedResults.ServerSentEvents(Events(feed, http.Response, http.Request.Headers["Last-Event-ID"].ToString(), ct));

    private static async IAsyncEnumerable<SseItem<FeedMessage>> Events(
        OutboundFeed feed, HttpResponse response, string lastEventId, [EnumeratorCancellation] CancellationToken ct)
    {
        // The result has set the event-stream headers by the time it asks for the first event. Send them now (a flush,
        // not just a start, which Kestrel would hold back), so the page knows it is connected before the bot sends anything.
        await response.Body.FlushAsync(ct);
        await foreach (var message in feed.FollowAsync(lastEventId, ct))
        {
            yield return new SseItem<FeedMessage>(message, OutboundEvent) { EventId = feed.EventId(message) };
        }
    }
}
