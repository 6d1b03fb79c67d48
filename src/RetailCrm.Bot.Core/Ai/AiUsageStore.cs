using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RetailCrm.Bot.Core.Data;

namespace RetailCrm.Bot.Core.Ai;

/// <summary>Where spent tokens are counted: the database in the app (shared by every instance), memory in a command.</summary>
public interface IAiUsageStore
{
    Task<long> TokensOnAsync(DateOnly day, CancellationToken ct);

    Task AddAsync(DateOnly day, string purpose, int tokens, CancellationToken ct);
}

/// <summary>
/// Writes in a scope of its own: a call made in the middle of a conversation turn must not ride on (or wait
/// for) that turn's transaction.
/// </summary>
public sealed class DbAiUsageStore(IServiceScopeFactory scopes) : IAiUsageStore
{
    public async Task<long> TokensOnAsync(DateOnly day, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
        return await db.AiUsage.Where(u => u.Day == day).SumAsync(u => u.Tokens, ct);
    }

    public async Task AddAsync(DateOnly day, string purpose, int tokens, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ICrmDbContext>();
            var updated = await db.AiUsage.Where(u => u.Day == day && u.Purpose == purpose)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Tokens, u => u.Tokens + tokens).SetProperty(u => u.Calls, u => u.Calls + 1), ct);
            if (updated > 0)
            {
                return;
            }

            db.AiUsage.Add(new AiUsage { Day = day, Purpose = purpose, Calls = 1, Tokens = tokens });
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException)
            {
                // Another instance created today's row first; add to it on the next pass.
            }
        }
    }
}

public sealed class InMemoryAiUsageStore : IAiUsageStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<DateOnly, long> _tokens = [];

    public Task<long> TokensOnAsync(DateOnly day, CancellationToken ct)
    {
        lock (_lock)
        {
            return Task.FromResult(_tokens.GetValueOrDefault(day));
        }
    }

    public Task AddAsync(DateOnly day, string purpose, int tokens, CancellationToken ct)
    {
        lock (_lock)
        {
            _tokens[day] = _tokens.GetValueOrDefault(day) + tokens;
        }

        return Task.CompletedTask;
    }
}
