namespace RetailCrm.Bot.Core.Messaging;

/// <summary>
/// The shape the inbox and the outbox share: find candidates, claim each with a conditional UPDATE, work on
/// the ones this instance won, and go again until a pass claims nothing (another instance has the rest).
/// </summary>
public static class ClaimLoop
{
    public static async Task<int> RunAsync(
        Func<CancellationToken, Task<List<long>>> findCandidates,
        Func<long, CancellationToken, Task<bool>> tryClaim,
        Func<long, CancellationToken, Task> work,
        CancellationToken ct)
    {
        var done = 0;
        while (!ct.IsCancellationRequested)
        {
            var progressed = false;
            foreach (var id in await findCandidates(ct))
            {
                if (await tryClaim(id, ct))
                {
                    await work(id, ct);
                    done++;
                    progressed = true;
                }
            }

            if (!progressed)
            {
                break;
            }
        }

        return done;
    }
}
