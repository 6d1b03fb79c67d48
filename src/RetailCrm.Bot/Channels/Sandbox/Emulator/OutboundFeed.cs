using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Channels.Sandbox.Emulator;

/// <summary>
/// Every message the sandbox channel sends, to anyone, handed live to each emulator page that is watching:
/// replies, and the proactive ones no chat asked for (stock alerts, welcomes, offers, scheduled jobs). The last
/// <see cref="Kept"/> are kept, so a page opened (or reconnected) late still sees what it missed.
/// </summary>
public sealed class OutboundFeed(TemplateView templates)
{
    public const int Kept = 200;

    // Event ids carry this run's name, so a page that reconnects to a restarted app is sent everything it has.
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly Lock _lock = new();
    private readonly Queue<FeedMessage> _recent = new();
    private readonly List<ChannelWriter<FeedMessage>> _watchers = [];
    private long _lastId;
    private bool _closed;

    public FeedMessage Publish(OutboundMessage message, DateTimeOffset sentAt, string? chart = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (body, template) = templates.Show(message);
        lock (_lock)
        {
            var shown = new FeedMessage(
                ++_lastId,
                message.ToPhone,
                PhoneNumberNormalizer.Display(message.ToPhone),
                message.Channel == MessageChannel.Sms ? "SMS" : "WhatsApp",
                message.Kind,
                body,
                sentAt,
                template,
                chart);
            _recent.Enqueue(shown);
            if (_recent.Count > Kept)
            {
                _recent.Dequeue();
            }

            foreach (var watcher in _watchers)
            {
                watcher.TryWrite(shown);
            }

            return shown;
        }
    }

    /// <summary>The SSE event id of a message: this run's name and the message's id.</summary>
    public string EventId(FeedMessage message) => string.Create(CultureInfo.InvariantCulture, $"{_run}-{message.Id}");

    /// <summary>
    /// The kept messages after <paramref name="lastEventId"/> (all of them when it is from another run or absent),
    /// then each new one as it is sent, until <paramref name="ct"/> fires or the app stops.
    /// </summary>
    public async IAsyncEnumerable<FeedMessage> FollowAsync(string? lastEventId, [EnumeratorCancellation] CancellationToken ct)
    {
        // Bounded, so a page that stops reading costs at most this many messages; it misses the oldest.
        var inbox = Channel.CreateBounded<FeedMessage>(new BoundedChannelOptions(Kept)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var after = SeenUpTo(lastEventId);
        lock (_lock)
        {
            // Taken together under the lock: nothing sent in between is missed or shown twice.
            foreach (var missed in _recent.Where(m => m.Id > after))
            {
                inbox.Writer.TryWrite(missed);
            }

            if (_closed)
            {
                inbox.Writer.TryComplete();
            }
            else
            {
                _watchers.Add(inbox.Writer);
            }
        }

        try
        {
            await foreach (var message in inbox.Reader.ReadAllAsync(ct))
            {
                yield return message;
            }
        }
        finally
        {
            lock (_lock)
            {
                _watchers.Remove(inbox.Writer);
            }
        }
    }

    /// <summary>Ends every watcher's stream, so the app can stop without waiting for open pages.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
            foreach (var watcher in _watchers)
            {
                watcher.TryComplete();
            }
        }
    }

    private long SeenUpTo(string? lastEventId) =>
        lastEventId?.Split('-') is [var run, var id] && run == _run && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var seen)
            ? seen
            : 0;
}
