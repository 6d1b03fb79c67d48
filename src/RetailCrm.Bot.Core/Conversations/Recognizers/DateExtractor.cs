using System.Globalization;
using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// Follow-up dates, relative to the shop's today: "tomorrow", "kal", "parso", "friday" (the next one after
/// today), "in 3 days", "25 dec", "25/12" (day first, as written in India), "2025-06-20". A date without a
/// year that has already passed this year means next year: nobody schedules a follow-up in the past.
/// </summary>
internal static partial class DateExtractor
{
    public static void Extract(SlotWork work, DateOnly today)
    {
        var text = work.Text;
        foreach (var (pattern, read) in Readers)
        {
            var match = pattern.Match(text);
            if (match.Success && read(match, today) is { } date)
            {
                work.Set(Slots.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                work.Claim(match);
                return;
            }
        }
    }

    private static readonly (Regex Pattern, Func<Match, DateOnly, DateOnly?> Read)[] Readers =
    [
        (Iso(), (m, _) => Build(Int(m, "y"), Int(m, "m"), Int(m, "d"))),
        (DayMonthNumbers(), (m, today) => Calendar(m, today, Int(m, "m"))),
        (DayMonthName(), (m, today) => Calendar(m, today, MonthOf(m))),
        (DayOfMonth(), (m, today) => Calendar(m, today, today.Day <= Int(m, "d") ? today.Month : today.Month % 12 + 1) is { } d && d >= today ? d : null),
        (MonthNameDay(), (m, today) => Calendar(m, today, MonthOf(m))),
        (DayAfterTomorrow(), (_, today) => today.AddDays(2)),
        (InDays(), (m, today) => today.AddDays(Count(m.Groups["n"].Value) * (m.Groups["u"].Value.StartsWith('w') || m.Groups["u"].Value.StartsWith('h') ? 7 : 1))),
        (NextWeek(), (_, today) => today.AddDays(7)),
        (Today(), (_, today) => today),
        (Tomorrow(), (_, today) => today.AddDays(1)),
        (Weekday(), (m, today) => NextWeekday(today, m.Groups["wd"].Value)),
    ];

    private static DateOnly? Calendar(Match match, DateOnly today, int month)
    {
        var day = Int(match, "d");
        if (match.Groups["y"].Success)
        {
            var year = Int(match, "y");
            return Build(year < 100 ? 2000 + year : year, month, day);
        }

        var date = Build(today.Year, month, day);
        return date is { } d && d < today ? Build(today.Year + 1, month, day) : date;
    }

    private static DateOnly NextWeekday(DateOnly today, string name)
    {
        var target = WeekdayOf(name);
        var ahead = ((int)target - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static DayOfWeek WeekdayOf(string name) => name switch
    {
        _ when name.StartsWith("mon", StringComparison.Ordinal) || name == "somvar" => DayOfWeek.Monday,
        _ when name.StartsWith("tue", StringComparison.Ordinal) || name == "mangalvar" => DayOfWeek.Tuesday,
        _ when name.StartsWith("wed", StringComparison.Ordinal) || name == "budhvar" => DayOfWeek.Wednesday,
        _ when name.StartsWith("thu", StringComparison.Ordinal) || name == "guruvar" => DayOfWeek.Thursday,
        _ when name.StartsWith("fri", StringComparison.Ordinal) || name == "shukravar" => DayOfWeek.Friday,
        _ when name.StartsWith("sat", StringComparison.Ordinal) || name == "shanivar" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static int MonthOf(Match match) => match.Groups["mon"].Value[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static int Count(string value) => value switch
    {
        "one" or "ek" => 1, "two" or "do" => 2, "three" or "teen" => 3, "four" or "char" => 4, "five" or "paanch" => 5,
        "six" => 6, "seven" => 7, "ten" => 10,
        _ => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture),
    };

    private static int Int(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly? Build(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private const string Months = "(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";

    [GeneratedRegex(@"\b(?<y>20\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\w.,/])(?<d>\d{1,2})[/.\-](?<m>\d{1,2})(?:[/.\-](?<y>\d{4}|\d{2}))?(?![\w/])")]
    private static partial Regex DayMonthNumbers();

    [GeneratedRegex(@"(?<![\w.,])(?<d>\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s+)?" + Months + @"\b(?:\s*,?\s*(?<y>20\d{2}))?")]
    private static partial Regex DayMonthName();

    // "15 tarikh" (15 तारीख): that day of this month, or of next month once it has passed.
    [GeneratedRegex(@"(?<![\w.,])(?<d>\d{1,2})\s*(?:tarikh|tareekh|tarik|tareek|taarikh|tarikh ko)\b")]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"\b" + Months + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:\s*,?\s*(?<y>20\d{2}))?")]
    private static partial Regex MonthNameDay();

    [GeneratedRegex(@"\b(?:day after tomorrow|day after tmrw|parso|parson)\b")]
    private static partial Regex DayAfterTomorrow();

    [GeneratedRegex(
        @"\b(?:in|after)\s+(?<n>\d{1,2}|one|two|three|four|five|six|seven|ten)\s+(?<u>days?|weeks?|din)\b|" +
        @"\b(?<n>\d{1,2}|ek|do|teen|char|paanch)\s+(?<u>din|days?|hafte|hafta)\s+(?:baad|bad|later|me|mein)\b")]
    private static partial Regex InDays();

    [GeneratedRegex(@"\b(?:next week|agle hafte|agle week)\b")]
    private static partial Regex NextWeek();

    [GeneratedRegex(@"\b(?:today|todays|tdy|aaj)\b")]
    private static partial Regex Today();

    [GeneratedRegex(@"\b(?:tomorrow|tmrw|tmr|tomorow|tommorow|tommorrow|kal|kl)\b")]
    private static partial Regex Tomorrow();

    [GeneratedRegex(
        @"\b(?:next\s+|coming\s+|this\s+|agle\s+)?" +
        @"(?<wd>monday|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|" +
        @"somvar|mangalvar|budhvar|guruvar|shukravar|shanivar|ravivar|itwar|itvaar)\b")]
    private static partial Regex Weekday();
}
