using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.UnitTests.Conversations.Recognizers;

/// <summary>
/// Follow-up dates against the fixed clock: it is 01:15 on Wednesday 11 June 2025 in Kolkata (still
/// Tuesday 10 June in UTC), so "tomorrow" must be the 12th.
/// </summary>
public sealed class DateSlotTests
{
    private readonly Core.Conversations.Understanding.MessageRecognizer _recognizer = TestRecognizer.Create();

    [Theory]
    [InlineData("follow up today", "2025-06-11")]
    [InlineData("follow up aaj", "2025-06-11")]
    [InlineData("follow up tomorrow", "2025-06-12")]
    [InlineData("follow up tmrw", "2025-06-12")]
    [InlineData("kal call karna", "2025-06-12")]
    [InlineData("call back day after tomorrow", "2025-06-13")]
    [InlineData("parso follow up", "2025-06-13")]
    [InlineData("follow up thursday", "2025-06-12")]
    [InlineData("follow up friday", "2025-06-13")]
    [InlineData("follow up next friday", "2025-06-13")]
    [InlineData("follow up sunday", "2025-06-15")]
    [InlineData("follow up monday", "2025-06-16")]
    [InlineData("follow up wednesday", "2025-06-18")]
    [InlineData("follow up shanivar", "2025-06-14")]
    [InlineData("follow up in 3 days", "2025-06-14")]
    [InlineData("follow up after 10 days", "2025-06-21")]
    [InlineData("2 din baad follow up", "2025-06-13")]
    [InlineData("follow up next week", "2025-06-18")]
    [InlineData("follow up in 2 weeks", "2025-06-25")]
    [InlineData("followup 2025-06-20", "2025-06-20")]
    [InlineData("follow up 20/06", "2025-06-20")]
    [InlineData("follow up 25/12", "2025-12-25")]
    [InlineData("follow up 5/1", "2026-01-05")]
    [InlineData("follow up 25/12/2025", "2025-12-25")]
    [InlineData("follow up 25 dec", "2025-12-25")]
    [InlineData("follow up 1st july", "2025-07-01")]
    [InlineData("follow up on 30th june", "2025-06-30")]
    [InlineData("follow up dec 25", "2025-12-25")]
    [InlineData("follow up 5 jan", "2026-01-05")]
    [InlineData("follow up 10 june", "2026-06-10")]
    public void Dates_resolve_against_the_shops_today(string when, string date)
    {
        var result = _recognizer.Recognize($"inquiry 9876543210 blue kurta, {when}", Role.Staff);

        Assert.Equal(Intents.LogInquiry, result.Intent);
        Assert.Equal(date, result.Slot(Slots.Date));
    }

    [Fact]
    public void An_impossible_date_is_left_out() =>
        Assert.Null(_recognizer.Recognize("inquiry 9876543210 blue kurta follow up 31/02", Role.Staff).Slot(Slots.Date));

    [Theory]
    [InlineData("aaj ka hisaab", "today")]
    [InlineData("kal ka hisaab", "yesterday")]
    [InlineData("summary yesterday", "yesterday")]
    [InlineData("report for this week", "week")]
    [InlineData("is hafte ki bikri", "week")]
    [InlineData("month summary", "month")]
    [InlineData("is mahine ki sales", "month")]
    public void Kal_in_a_report_is_yesterday(string text, string period)
    {
        var result = _recognizer.Recognize(text, Role.Staff);

        Assert.Equal(Intents.DailySummary, result.Intent);
        Assert.Equal(period, result.Slot(Slots.Period));
    }
}
