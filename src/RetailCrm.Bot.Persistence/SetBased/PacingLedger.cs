using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Policy;

namespace RetailCrm.Bot.Persistence.SetBased;

/// <summary><see cref="IPacingLedger"/> as one atomic upsert: the row is created by the first reservation.</summary>
internal sealed class PacingLedger(CrmDbContext db) : IPacingLedger
{
    public async Task<long> ReserveAsync(MessageChannel channel, int count, long intervalTicks, long nowTicks, CancellationToken ct)
    {
        const string Later = """(CASE WHEN p."NextSlotTicks" > @now THEN p."NextSlotTicks" ELSE @now END) + @span""";
        var sql = db.Database.IsSqlServer()
            ? $"""
               MERGE send_pacing WITH (HOLDLOCK) AS p USING (SELECT @channel AS "Channel") AS s ON p."Channel" = s."Channel"
               WHEN MATCHED THEN UPDATE SET "NextSlotTicks" = {Later}
               WHEN NOT MATCHED THEN INSERT ("Channel", "NextSlotTicks") VALUES (@channel, @now + @span)
               OUTPUT inserted."NextSlotTicks" - @span;
               """
            : $"""
               INSERT INTO send_pacing AS p ("Channel", "NextSlotTicks") VALUES (@channel, @now + @span)
               ON CONFLICT ("Channel") DO UPDATE SET "NextSlotTicks" = {Later}
               RETURNING "NextSlotTicks" - @span
               """;

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Add("@channel", channel.ToString());
            command.Add("@now", nowTicks);
            command.Add("@span", count * intervalTicks);
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
