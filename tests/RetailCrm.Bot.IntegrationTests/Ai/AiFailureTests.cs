using RetailCrm.Bot.IntegrationTests.Infrastructure;

namespace RetailCrm.Bot.IntegrationTests.Ai;

/// <summary>A slow, rate-limited or failing model never holds a message back: the template goes, on time.</summary>
public abstract class AiFailureTests(Db db) : AiTestBase(db)
{
    [Theory]
    [InlineData(429, "rate_limited")]
    [InlineData(500, "server_error")]
    public async Task A_rate_limit_or_server_error_falls_back_to_the_template(int status, string reason)
    {
        OpenAi.Fails(status);

        var alert = await AlertPriyaAsync();

        Assert.Equal(("template", reason), (alert.ComposedBy, alert.CompositionNote));
        Assert.Contains(Twilio.Sent, s => s.To == "whatsapp:" + Priya && s.Body.StartsWith("Good news, Priya!", StringComparison.Ordinal));
        Assert.InRange(OpenAi.Requests.Count, 2, 3); // the client's bounded retry, then no more
    }
}

public sealed class SqliteAiFailureTests() : AiFailureTests(Db.Sqlite);

public sealed class PostgresAiFailureTests() : AiFailureTests(Db.Postgres);

/// <summary>AzureOpenAI:Timeout bounds every call, retries included: the model answers after 10 s, the message does not wait.</summary>
public sealed class AiTimeoutTests() : AiTestBase(Db.Sqlite)
{
    protected override Dictionary<string, string?> Settings => OpenAi.Settings(timeout: "00:00:01");

    [Fact]
    public async Task A_slow_model_is_cut_off_at_the_timeout_and_the_template_still_goes_out_on_time()
    {
        OpenAi.IsSlow(TimeSpan.FromSeconds(10), "Priya, the Red Saree is back at Kapoor Fashions!");

        var alert = await AlertPriyaAsync();

        // The model's text would have been used had the message waited for it; the template went instead.
        Assert.Equal(("template", "timeout"), (alert.ComposedBy, alert.CompositionNote));
    }
}

/// <summary>After the day's token budget, no more calls: rules and templates until tomorrow.</summary>
public sealed class AiBudgetTests() : AiTestBase(Db.Sqlite)
{
    protected override Dictionary<string, string?> Settings => OpenAi.Settings(budget: 100);

    [Fact]
    public async Task Once_the_daily_budget_is_spent_the_model_is_not_called()
    {
        OpenAi.WritesMessages("Priya ji, the Red Saree is back at Kapoor Fashions. Come soon!", tokens: 150);

        var first = await AlertPriyaAsync();
        Assert.Equal("ai", first.ComposedBy);
        Assert.Single(OpenAi.Requests);

        await Chat.AskAsync("+919812345678", "notify me when the blue kurta is back", Core.Messaging.MessageChannel.WhatsApp, "Arjun");
        await Chat.AskAsync(StaffPhone, "arrived blue kurta x 2", Core.Messaging.MessageChannel.Sms);
        var second = await Eventually.ValueAsync(
            () => App.QueryAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
                d.OutboundMessages, m => m.ToPhone == "+919812345678" && m.Kind == "stock_alert" && m.SentAt != null)),
            m => m is not null, null, "the second alert");

        Assert.Equal(("template", "budget"), (second!.ComposedBy, second.CompositionNote));
        Assert.Single(OpenAi.Requests);
        Assert.Contains("150 of 100 tokens today", await (await App.CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
