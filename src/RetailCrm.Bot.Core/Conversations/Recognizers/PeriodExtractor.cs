namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// The reporting period of a summary: today, yesterday, week or month. In a report "kal" can only be
/// yesterday; nobody asks for tomorrow's sales.
/// </summary>
internal static class PeriodExtractor
{
    public static string? Find(string canon)
    {
        foreach (var word in canon.Split(' '))
        {
            var period = word switch
            {
                "today" or "aaj" or "daily" or "todays" or "abhi" => "today",
                "yesterday" or "kal" or "kl" => "yesterday",
                "week" or "weekly" or "weeks" or "hafta" or "hafte" or "saptah" => "week",
                "month" or "monthly" or "months" or "mahina" or "mahine" or "mahinay" => "month",
                _ => null,
            };
            if (period is not null)
            {
                return period;
            }
        }

        return null;
    }
}
