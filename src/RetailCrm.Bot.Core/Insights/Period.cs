using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Insights;

/// <summary>A reporting period in store time, as UTC bounds for queries: [StartUtc, EndUtc).</summary>
public sealed record Period(string Name, string Label, DateTime StartUtc, DateTime EndUtc, DateOnly LastDay)
{
    public static readonly IReadOnlyList<string> Names = ["today", "yesterday", "week", "month"];

    /// <summary>today, yesterday, week (since Monday) or month (since the 1st), ending now or at midnight.</summary>
    public static Period For(string? name, StoreClock clock)
    {
        var localNow = clock.LocalNow;
        var today = DateOnly.FromDateTime(localNow);
        var tomorrowUtc = clock.ToUtc(today.AddDays(1).ToDateTime(TimeOnly.MinValue));
        switch (name)
        {
            case "yesterday":
                var yesterday = today.AddDays(-1);
                return new Period("yesterday", "Yesterday", clock.ToUtc(yesterday.ToDateTime(TimeOnly.MinValue)), clock.ToUtc(today.ToDateTime(TimeOnly.MinValue)), yesterday);
            case "week":
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                return new Period("week", "This week", clock.ToUtc(monday.ToDateTime(TimeOnly.MinValue)), tomorrowUtc, today);
            case "month":
                var first = new DateOnly(today.Year, today.Month, 1);
                return new Period("month", "This month", clock.ToUtc(first.ToDateTime(TimeOnly.MinValue)), tomorrowUtc, today);
            default:
                return new Period("today", "Today", clock.ToUtc(today.ToDateTime(TimeOnly.MinValue)), tomorrowUtc, today);
        }
    }
}
