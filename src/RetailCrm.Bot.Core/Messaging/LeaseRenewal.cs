namespace RetailCrm.Bot.Core.Messaging;

/// <summary>
/// Keeps a claimed row's lease alive while its work runs. That lets the lease be short: a row whose instance died
/// is taken again within one lease, and one still being worked on is never taken from under it.
/// </summary>
public sealed class LeaseRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private LeaseRenewal(Func<CancellationToken, Task> renew, TimeSpan every, TimeProvider time)
    {
        _loop = RenewAsync(renew, every, time, _stop.Token);
    }

    /// <summary>Renews every <paramref name="every"/> until disposed; a failed renewal is tried again next time.</summary>
    public static LeaseRenewal Start(Func<CancellationToken, Task> renew, TimeSpan every, TimeProvider time) => new(renew, every, time);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private static async Task RenewAsync(Func<CancellationToken, Task> renew, TimeSpan every, TimeProvider time, CancellationToken ct)
    {
        while (true)
        {
            // Stopped is how every turn's and every send's renewal ends, many a second: awaited without throwing.
            await Task.Delay(every, time, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (ct.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await renew(ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                // The database was busy or away for a moment: the lease still has two renewals' worth left.
            }
        }
    }
}
