using System.Text.Json;
using RetailCrm.Bot.Commands;

namespace RetailCrm.Bot.UnitTests.Commands;

/// <summary>The operator's view of the recognizer: one JSON object per question, numbers as numbers.</summary>
public sealed class UnderstandCommandTests
{
    [Fact]
    public async Task Text_mode_prints_one_object_with_intent_and_slots()
    {
        var (exit, output, _) = await RunAsync(new("staff", "Sold blue kurta to 9123456780 for Rs 1,299", Jsonl: false), "");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("log_sale", json.RootElement.GetProperty("intent").GetString());
        var slots = json.RootElement.GetProperty("slots");
        Assert.Equal("+919123456780", slots.GetProperty("phone").GetString());
        Assert.Equal(JsonValueKind.Number, slots.GetProperty("amount").ValueKind);
        Assert.Equal(1299m, slots.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Jsonl_mode_answers_every_line_in_order()
    {
        const string input = """
            {"role": "shopper", "text": "hi"}
            {"role": "owner", "text": "aaj ka hisaab"}
            {"role": "shopper", "text": "summary"}
            not json
            {"role": "staff", "text": "resolve complaint 12"}
            """;

        var (exit, output, _) = await RunAsync(new("shopper", null, Jsonl: true), input);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Equal("greeting", lines[0].GetProperty("intent").GetString());
        Assert.Equal("daily_summary", lines[1].GetProperty("intent").GetString());
        Assert.NotEqual("daily_summary", lines[2].GetProperty("intent").GetString());
        Assert.True(lines[3].TryGetProperty("error", out _));
        Assert.Equal("resolve_complaint", lines[4].GetProperty("intent").GetString());
        Assert.Equal(12, lines[4].GetProperty("slots").GetProperty("complaint_id").GetInt32());
    }

    [Fact]
    public async Task Every_answer_says_which_recognizer_decided_and_how_sure_it_was()
    {
        const string input = """
            {"role": "staff", "text": "sale 9876543210 2499 shoes"}
            {"role": "shopper", "text": "mere points kitne hain"}
            {"role": "staff", "text": "offer vip 10% off on new arrivals"}
            """;

        var (_, output, _) = await RunAsync(new("shopper", null, Jsonl: true), input);

        var lines = output.Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("rules", lines[0].GetProperty("recognizer").GetString());
        Assert.Equal(1m, lines[0].GetProperty("confidence").GetDecimal());
        Assert.Equal("model", lines[1].GetProperty("recognizer").GetString());
        Assert.Equal("loyalty_balance", lines[1].GetProperty("intent").GetString());
        Assert.InRange(lines[1].GetProperty("confidence").GetDecimal(), 0.5m, 1m);
        Assert.Equal("unknown", lines[2].GetProperty("intent").GetString());
        Assert.Equal("send_offer", lines[2].GetProperty("above_role").GetString());
    }

    [Fact]
    public async Task An_unknown_role_is_a_usage_error()
    {
        var (exit, output, error) = await RunAsync(new("boss", "hi", Jsonl: false), "");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("usage", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(UnderstandCommand.Request request, string input)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await UnderstandCommand.RunAsync(request, reader, output, error);
        return (exit, output.ToString().Trim(), error.ToString());
    }
}
