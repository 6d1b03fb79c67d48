namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>Waits for background work (the inbox turn, the outbox send) to show its effect.</summary>
public static class Eventually
{
    // Only a bound for a hang: CI shares two cores with everything else, and a turn queued behind a 1,000-message
    // campaign on a loaded machine has taken more than 20 s.
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static async Task<T> ValueAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout, string what)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        T value;
        do
        {
            value = await probe();
            if (done(value))
            {
                return value;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"Timed out waiting for {what}; last seen: {value}");
        return value;
    }

    /// <summary>
    /// Waits until <paramref name="count"/> reaches <paramref name="target"/>, for as long as it keeps rising: it
    /// fails only when nothing moves for <paramref name="stall"/>, so a busy machine makes it slower, not red.
    /// </summary>
    public static async Task<T> WhileProgressingAsync<T>(Func<Task<T>> probe, Func<T, int> count, int target, TimeSpan stall, string what)
    {
        var last = -1;
        var movedAt = DateTime.UtcNow;
        while (true)
        {
            var value = await probe();
            var now = count(value);
            if (now >= target)
            {
                return value;
            }

            if (now != last)
            {
                (last, movedAt) = (now, DateTime.UtcNow);
            }
            else if (DateTime.UtcNow - movedAt > stall)
            {
                Assert.Fail($"Stalled at {now} of {target} {what} for {stall.TotalSeconds:F0} s");
            }

            await Task.Delay(50);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> probe, string what, TimeSpan? timeout = null) =>
        ValueAsync(probe, ok => ok, timeout, what);
}
