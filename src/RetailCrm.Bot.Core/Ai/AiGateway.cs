using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Ai;

/// <summary>
/// The only way the Core talks to a model. It can never make the bot worse: no model configured, the day's
/// budget spent, a timeout, a rate limit or a server error all come back as "no answer" with a reason, and
/// the caller carries on with rules and templates.
/// </summary>
public sealed partial class AiGateway(
    IServiceProvider services,
    IAiUsageStore usage,
    IOptions<AiBudgetOptions> budget,
    StoreClock clock,
    ILogger<AiGateway> logger)
{
    private readonly ILanguageModel? _model = services.GetService<ILanguageModel>();

    public bool IsEnabled => _model is not null;

    public string? ModelName => _model?.Name;

    public async Task<AiAnswer> AskAsync(ModelRequest request, CancellationToken ct)
    {
        if (_model is null)
        {
            return AiAnswer.No("ai_off");
        }

        var today = DateOnly.FromDateTime(clock.LocalNow);
        if (await usage.TokensOnAsync(today, ct) >= budget.Value.DailyTokenBudget)
        {
            LogBudgetSpent(logger, request.Purpose, budget.Value.DailyTokenBudget);
            return AiAnswer.No("budget");
        }

        try
        {
            var reply = await _model.CompleteAsync(request, ct);
            await usage.AddAsync(today, request.Purpose, reply.TotalTokens, CancellationToken.None);
            LogTokens(logger, request.Purpose, reply.TotalTokens);
            return new AiAnswer(reply.Text, null);
        }
        catch (ModelUnavailableException ex)
        {
            LogUnavailable(logger, request.Purpose, ex.Reason);
            return AiAnswer.No(ex.Reason);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // A model adapter that throws something else is still a model that did not answer: the message goes on
            // with its template. The caller's own cancellation (shutting down) is the only thing that passes.
            LogFailed(logger, ex, request.Purpose);
            return AiAnswer.No("error");
        }
    }

    public async Task<long> TokensTodayAsync(CancellationToken ct) => await usage.TokensOnAsync(DateOnly.FromDateTime(clock.LocalNow), ct);

    [LoggerMessage(Level = LogLevel.Information, Message = "AI call for {Purpose} used {Tokens} tokens")]
    private static partial void LogTokens(ILogger logger, string purpose, int tokens);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AI for {Purpose} skipped: today's budget of {Budget} tokens is spent")]
    private static partial void LogBudgetSpent(ILogger logger, string purpose, long budget);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AI for {Purpose} failed unexpectedly; using rules and templates")]
    private static partial void LogFailed(ILogger logger, Exception ex, string purpose);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AI for {Purpose} unavailable ({Reason}); using rules and templates")]
    private static partial void LogUnavailable(ILogger logger, string purpose, string reason);
}

/// <summary>The model's text, or why there is none.</summary>
public sealed record AiAnswer(string? Text, string? Reason)
{
    public static AiAnswer No(string reason) => new(null, reason);
}
