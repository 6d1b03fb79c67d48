using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Handoff;
using RetailCrm.Bot.Core.Staff;

namespace RetailCrm.Bot.Core.Store;

/// <summary>
/// "where is your shop", "kab khulta hai", "are you open now?": the store's own facts (<see cref="StoreOptions"/>),
/// with today's hours and whether it is open right now. A fact the store has not set goes to the team as a
/// question, never a non-answer.
/// </summary>
public sealed class StoreInfoHandler(IOptions<StoreOptions> options, StoreClock clock, TeamNotifier team)
    : IIntentHandler<StoreInfoHandler>
{
    public static IntentDefinition Definition { get; } = new(Intents.StoreInfo, Role.Shopper) { HelpOrder = 7 };

    private readonly StoreHours _hours = StoreHours.Parse(options.Value.OpeningHours);

    public async Task HandleAsync(TurnContext turn, Recognition recognition, CancellationToken ct)
    {
        var store = options.Value;
        var asked = StoreTopics.Of(turn.Text);
        var lines = new List<string>();
        var unknown = false;

        if (asked.Address)
        {
            if (string.IsNullOrWhiteSpace(store.Address))
            {
                unknown = true;
            }
            else
            {
                lines.Add(turn.Line("store_info.address", ("store", store.Name), ("address", store.Address)));
                if (!string.IsNullOrWhiteSpace(store.MapsUrl))
                {
                    lines.Add(turn.Line("store_info.maps", ("url", store.MapsUrl)));
                }
            }
        }

        if (asked.Hours)
        {
            if (Hours(turn) is { } hours)
            {
                lines.Add(hours);
            }
            else
            {
                unknown = true;
            }
        }

        if (asked.Phone)
        {
            if (string.IsNullOrWhiteSpace(store.Phone))
            {
                unknown = true;
            }
            else
            {
                lines.Add(turn.Line("store_info.phone", ("phone", store.Phone)));
            }
        }

        // Payment, parking, delivery...: nothing to read them from, so a person answers.
        unknown |= asked.Other;
        if (unknown && turn.Sender.Customer is not null)
        {
            await HumanHandoffHandler.HandOverAsync(team, turn, "asked about the store", ct);
            lines.Add(turn.Line(lines.Count == 0 ? "store_info.asked_team" : "store_info.asked_team_rest"));
        }
        else if (unknown)
        {
            lines.Add(turn.Line("store_info.not_set"));
        }

        turn.Reply(string.Join('\n', lines));
    }

    /// <summary>Today's hours and whether the store is open now; or when it opens next.</summary>
    private string? Hours(TurnContext turn)
    {
        var now = clock.LocalNow;
        var today = now.DayOfWeek;
        if (!_hours.Knows(today))
        {
            return null;
        }

        var time = TimeOnly.FromDateTime(now);
        if (_hours.On(today) is { } hours && time < hours.Close)
        {
            return time >= hours.Open
                ? turn.Line("store_info.open_now", ("close", StoreFormat.Time(hours.Close)))
                : turn.Line("store_info.opens_today", ("open", StoreFormat.Time(hours.Open)), ("close", StoreFormat.Time(hours.Close)));
        }

        for (var ahead = 1; ahead <= 7; ahead++)
        {
            var day = now.AddDays(ahead).DayOfWeek;
            if (_hours.On(day) is { } next)
            {
                var when = ahead == 1 ? turn.Line("day.tomorrow") : turn.Line("day." + day.ToString().ToLowerInvariant());
                return turn.Line(_hours.On(today) is null ? "store_info.closed_today" : "store_info.closed_now",
                    ("day", when), ("open", StoreFormat.Time(next.Open)));
            }
        }

        return null;
    }
}
