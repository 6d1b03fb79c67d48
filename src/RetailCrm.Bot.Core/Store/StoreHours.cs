using System.Globalization;

namespace RetailCrm.Bot.Core.Store;

/// <summary>
/// <c>Store:OpeningHours</c> read once: for each weekday, the time the store opens and closes, or closed. Keys are
/// day names (<c>Mon</c> or <c>Monday</c>) or <c>Daily</c> for every day not named; values are <c>10:00-21:00</c>
/// (24-hour) or <c>closed</c>.
/// </summary>
public sealed class StoreHours
{
    private readonly Dictionary<DayOfWeek, Hours?> _days = [];

    private StoreHours()
    {
    }

    public bool IsSet => _days.Count > 0;

    /// <summary>The hours on a day; null when closed that day. <see cref="Knows"/> tells whether the day is set at all.</summary>
    public Hours? On(DayOfWeek day) => _days.GetValueOrDefault(day);

    public bool Knows(DayOfWeek day) => _days.ContainsKey(day);

    public static StoreHours Parse(IReadOnlyDictionary<string, string> configured)
    {
        var hours = new StoreHours();
        foreach (var (key, value) in configured.OrderBy(c => c.Key.Equals("Daily", StringComparison.OrdinalIgnoreCase) ? 1 : 0))
        {
            var days = key.Equals("Daily", StringComparison.OrdinalIgnoreCase) ? Enum.GetValues<DayOfWeek>() : [Day(key)!.Value];
            foreach (var day in days.Where(d => !hours._days.ContainsKey(d)))
            {
                hours._days[day] = Times(value);
            }
        }

        return hours;
    }

    /// <summary>A sentence naming what is wrong with the setting, or null when it reads.</summary>
    public static string? Problem(IReadOnlyDictionary<string, string> configured)
    {
        foreach (var (key, value) in configured)
        {
            if (!key.Equals("Daily", StringComparison.OrdinalIgnoreCase) && Day(key) is null)
            {
                return $"Store:OpeningHours:{key} is not a weekday; use Mon, Tue, Wed, Thu, Fri, Sat, Sun (or Daily).";
            }

            if (!value.Trim().Equals("closed", StringComparison.OrdinalIgnoreCase) && Times(value) is null)
            {
                return $"Store:OpeningHours:{key} is '{value}'; write the hours as 10:00-21:00 or closed.";
            }
        }

        return null;
    }

    private static DayOfWeek? Day(string name)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var full = day.ToString();
            if (name.Equals(full, StringComparison.OrdinalIgnoreCase) || name.Equals(full[..3], StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        return null;
    }

    private static Hours? Times(string value)
    {
        var parts = value.Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var open)
            && TimeOnly.TryParseExact(parts[1], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var close)
            && close > open
                ? new Hours(open, close)
                : null;
    }
}

/// <summary>When the store opens and closes on a day.</summary>
public sealed record Hours(TimeOnly Open, TimeOnly Close);
